/**
 * Moving a draft begun on an earlier questionnaire version to the current one: which answers are written
 * (every answer the crosswalk maps, with its evidence and note), which are cleared, and what the
 * questionnaire then lists to answer. Pure: the service (server/assessments.ts) writes it in one transaction.
 */
import { carryV1AnswersToV2 } from "../framework/crosswalk";
import type { Framework } from "../framework/types";
import { crosswalkBetween } from "../framework/versions";
import type { AnswerPatchItem } from "./answer-changes";
import type { AssessmentAnswer } from "./view";

export interface CarryOverPlan {
  /** One item per question of the new version that gets an answer or loses the old one. */
  patch: AnswerPatchItem[];
  /** Stored answers to questions the new version does not have (to delete). */
  dropped: string[];
}

/**
 * The answers to write when an assessment answered with `from` moves to `to`, or undefined when no crosswalk
 * leads from one to the other. A question of `to` that continues an answered question keeps that answer's
 * evidence and note, and its value where the crosswalk maps it; any other stored answer to a question of the
 * same id is cleared, since it answered a different question.
 */
export function planCarryOver(
  from: Framework,
  to: Framework,
  current: readonly AssessmentAnswer[],
): CarryOverPlan | undefined {
  if (from.id === to.id || !crosswalkBetween(from.id, to.id)) return undefined;
  const carried = new Map(carryV1AnswersToV2(current).answers.map((a) => [a.questionId, a]));
  const stored = new Set(current.map((a) => a.questionId));
  const patch: AnswerPatchItem[] = [];
  for (const q of to.questions) {
    const answer = carried.get(q.id);
    if (answer)
      patch.push({ questionId: q.id, value: answer.value, evidence: answer.evidence, note: answer.note ?? "" });
    else if (stored.has(q.id)) patch.push({ questionId: q.id, value: null, evidence: [], note: "" });
  }
  const known = new Set(to.questions.map((q) => q.id));
  return { patch, dropped: [...stored].filter((id) => !known.has(id)) };
}

export interface CarryOverNotice {
  /** The version the assessment was begun on, and when it moved. */
  from: string;
  at: string;
  /** Questions new in this version that are not answered yet. */
  newQuestions: string[];
  /** Continued questions whose earlier answer did not decide the new option: evidence and note kept, no value. */
  toReanswer: string[];
}

/**
 * What the questionnaire lists after a move from `from` (once per reading, from the answers as they are now,
 * so a question drops off the list when it is answered).
 */
export function carryOverNotice(
  from: string,
  to: Framework,
  at: string,
  answers: readonly AssessmentAnswer[],
): CarryOverNotice {
  const walk = crosswalkBetween(from, to.id) ?? [];
  const byId = new Map(answers.map((a) => [a.questionId, a]));
  const unanswered = (id: string) => (byId.get(id)?.value ?? null) === null;
  return {
    from,
    at,
    newQuestions: walk.filter((e) => e.from === null && unanswered(e.to)).map((e) => e.to),
    toReanswer: walk
      .filter((e) => {
        const a = byId.get(e.to);
        return e.from !== null && a !== undefined && a.value === null && (a.evidence.length > 0 || a.note !== "");
      })
      .map((e) => e.to),
  };
}
