import { RES45_BA2017_V1 } from "./res45-ba2017-v1";
import { RES45_BA2017_V2 } from "./res45-ba2017-v2";
import type { AnswerOption, Framework, Question } from "./types";

export * from "./types";
export { RES45_CLAUSES, clauseById } from "./clauses";
export { clauseCitation } from "./i18n/citations";
export { RES45_BA2017_V1 } from "./res45-ba2017-v1";
export { RES45_BA2017_V2 } from "./res45-ba2017-v2";
export { formatPoints, pillarWeightSums, questionPoints, withPoints } from "./points";

/** Version 2 of the questionnaire (published beside v1; not yet the current version). */
export const FRAMEWORK_V2: Framework = RES45_BA2017_V2;

/** Every published version of the questionnaire, oldest first. Assessments keep the id they were made with. */
export const FRAMEWORKS: readonly Framework[] = [RES45_BA2017_V1, RES45_BA2017_V2];

/** The version offered for new assessments. */
export const CURRENT_FRAMEWORK: Framework = RES45_BA2017_V1;

/** The framework with this id (e.g. "res45-ba2017-v1") or version (e.g. "1.0"), or undefined. */
export function getFramework(idOrVersion: string): Framework | undefined {
  return FRAMEWORKS.find((f) => f.id === idOrVersion) ?? FRAMEWORKS.find((f) => f.version === idOrVersion);
}

/** The question with this id in the framework, or undefined. */
export function questionById(framework: Framework, id: string): Question | undefined {
  return framework.questions.find((q) => q.id === id);
}

/** The option with the highest credit (the first one on a tie). Every valid question has at least two options. */
export function bestOption(question: Question): AnswerOption {
  const [first, ...rest] = question.options;
  if (!first) throw new Error(`Question "${question.id}" has no options`);
  return rest.reduce((best, o) => (o.credit > best.credit ? o : best), first);
}

/** The framework an assessment was recorded under; an unknown id is a fault of the data, not of the asker. */
export function frameworkOf(id: string): Framework {
  const framework = getFramework(id);
  if (!framework) throw new Error(`Assessment recorded under unknown framework ${id}`);
  return framework;
}
