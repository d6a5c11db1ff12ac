import { RES45_BA2017_V1 } from "./res45-ba2017-v1";
import { RES45_BA2017_V2 } from "./res45-ba2017-v2";
import type { AnswerOption, Framework, Question } from "./types";
import { dominantFrameworkId } from "./versions";

export * from "./types";
export { RES45_CLAUSES, clauseById } from "./clauses";
export { clauseCitation } from "./i18n/citations";
export { RES45_BA2017_V1 } from "./res45-ba2017-v1";
export { RES45_BA2017_V2 } from "./res45-ba2017-v2";
export { formatPoints, pillarWeightSums, questionPoints, withPoints } from "./points";
export { comparableAnswers, countByFramework, crosswalkBetween, dominantFrameworkId } from "./versions";
export type { ComparableAnswers } from "./versions";

/** Version 2 of the questionnaire, current since session 4 (v1 stays for the cycles answered with it). */
export const FRAMEWORK_V2: Framework = RES45_BA2017_V2;

/** Every published version of the questionnaire, oldest first. Assessments keep the id they were made with. */
export const FRAMEWORKS: readonly Framework[] = [RES45_BA2017_V1, RES45_BA2017_V2];

/** The version offered for new assessments. */
export const CURRENT_FRAMEWORK: Framework = RES45_BA2017_V2;

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

/**
 * The version a cycle is read with, question by question: the current one for the open cycle (new
 * assessments start on it, drafts move to it when opened); for a closed cycle the one most of its
 * assessments were answered with (`countsById`), or the current one when it has none.
 */
export function cycleFrameworkId(open: boolean, countsById: Readonly<Record<string, number>>): string {
  if (open) return CURRENT_FRAMEWORK.id;
  return dominantFrameworkId(
    countsById,
    FRAMEWORKS.map((f) => f.id),
    CURRENT_FRAMEWORK.id,
  );
}
