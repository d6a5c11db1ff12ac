/**
 * Reading across questionnaire versions: which version a cycle was answered with, the crosswalk between two
 * versions, and which answers of an earlier version can be compared question by question with a later one.
 * Overall and pillar scores compare across versions as they are (both are out of 100, with the same pillars);
 * a question compares only where the crosswalk maps it. Pure: no database.
 */
import type { AnswerInput } from "../scoring/types";
import { CROSSWALK_FROM, CROSSWALK_TO, CROSSWALK_V1_V2, carryV1AnswersToV2, type CrosswalkEntry } from "./crosswalk";
import type { Framework } from "./types";

/**
 * The version most assessments were answered with, from a count per framework id (a tie goes to the later one
 * in `order`), or `fallback` when none was counted: the version a page that shows one cycle question by
 * question uses.
 */
export function dominantFrameworkId(
  countsById: Readonly<Record<string, number>>,
  order: readonly string[],
  fallback: string,
): string {
  let best: string | undefined;
  for (const [id, count] of Object.entries(countsById)) {
    if (count <= 0) continue;
    const bestCount = best === undefined ? 0 : countsById[best]!;
    if (count > bestCount || (count === bestCount && order.indexOf(id) > order.indexOf(best!))) best = id;
  }
  return best ?? fallback;
}

/** How many of these rows were answered under each framework id. */
export function countByFramework(rows: readonly { frameworkId: string }[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const r of rows) counts[r.frameworkId] = (counts[r.frameworkId] ?? 0) + 1;
  return counts;
}

/** The crosswalk from one version to another (one entry per question of `to`), or undefined if none is published. */
export function crosswalkBetween(from: string, to: string): readonly CrosswalkEntry[] | undefined {
  return from === CROSSWALK_FROM && to === CROSSWALK_TO ? CROSSWALK_V1_V2 : undefined;
}

export interface ComparableAnswers {
  /** The earlier answers, as answers to questions of the later version. */
  answers: AnswerInput[];
  /** The questions of the later version that compare with the earlier assessment. */
  questionIds: ReadonlySet<string>;
}

/**
 * Answers given under version `fromId`, as answers to questions of `to` that they can be compared with:
 * all of them (and every question) under the same version; under an earlier version with a crosswalk, only
 * the questions whose value the crosswalk carries over (a new question, or one whose old answer does not
 * decide the new option, has no earlier answer to compare with); none without a crosswalk.
 */
export function comparableAnswers(to: Framework, fromId: string, answers: readonly AnswerInput[]): ComparableAnswers {
  if (fromId === to.id) return { answers: [...answers], questionIds: new Set(to.questions.map((q) => q.id)) };
  if (!crosswalkBetween(fromId, to.id)) return { answers: [], questionIds: new Set() };
  const carried = carryV1AnswersToV2(answers).answers.filter((a) => a.value !== null);
  return { answers: carried, questionIds: new Set(carried.map((a) => a.questionId)) };
}
