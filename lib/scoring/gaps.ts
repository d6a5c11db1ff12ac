/**
 * Gaps (questions scoring below their best option) and what-if scoring.
 * See docs/methodology.md, "Gaps and shortfall" and "What-if".
 *
 * Answers are read with the same rules as `scoreAssessment`: unknown question
 * ids and unknown option values are ignored, the last remaining answer to a
 * question counts.
 */
import type { Framework } from "../framework/types";
import { compile, hasNoEvidence, resolveAnswers } from "./compile";
import { scoreAssessment } from "./score";
import type { AnswerInput, Gap, WhatIfResult } from "./types";

/**
 * The evidence entry `applyGapClosures` adds where a closed question requires
 * evidence and its answer has none. It is a well-formed https URL (so it passes
 * URL validation and counts as evidence for the what-if score) on the reserved
 * `.invalid` top-level domain (RFC 2606), so it can never resolve and is never
 * mistaken for real evidence; code that saves answers can refuse it with
 * `isWhatIfEvidence`.
 */
export const WHAT_IF_EVIDENCE = "https://what-if.invalid/planned";

export function isWhatIfEvidence(url: string): boolean {
  return url === WHAT_IF_EVIDENCE;
}

/** Shortfalls equal at this many decimals count as equal when ranking (float noise). */
const RANK_SCALE = 1e9;

/**
 * Every question whose effective credit is below its best option's credit
 * (unanswered questions included), ranked by `shortfall`, largest first; ties
 * (shortfalls equal to 9 decimals) are broken by question id in code-unit order.
 *
 * shortfall of question q in pillar p =
 *   (pillarWeight_p / Σ pillarWeights) × 100 × weight_q × (bestCredit_q − credit_q) / Σ(weights of p's questions)
 * which is exactly the overall-score increase from closing that gap alone.
 * Because the overall score is linear in the credits, closing several gaps
 * raises it by the sum of their shortfalls.
 */
export function listGaps(framework: Framework, answers: readonly AnswerInput[]): Gap[] {
  const c = compile(framework);
  resolveAnswers(c, answers);
  const questions = framework.questions;
  const gaps: { gap: Gap; key: number }[] = [];
  for (let i = 0; i < c.questionCount; i++) {
    const credit = c.credits[i]!;
    const best = c.bestCredit[i]!;
    if (!(credit < best)) continue;
    const q = questions[i]!;
    const p = c.questionPillar[i]!;
    const pillarQuestionWeight = c.pillarQuestionWeight[p]!;
    const shortfall =
      c.pillarWeightTotal > 0 && pillarQuestionWeight > 0
        ? ((c.pillarWeight[p]! / c.pillarWeightTotal) * 100 * q.weight * (best - credit)) / pillarQuestionWeight
        : 0;
    gaps.push({
      gap: {
        questionId: q.id,
        pillar: q.pillar,
        outcome: q.outcome,
        currentCredit: credit,
        bestCredit: best,
        shortfall,
        bestValue: c.bestValue[i]!,
        evidenceMissing: q.evidenceRequired && (c.answered[i] === 0 || c.noEvidence[i] === 1),
        recommendation: q.recommendation,
      },
      key: Math.round(shortfall * RANK_SCALE),
    });
  }
  gaps.sort((a, b) =>
    b.key !== a.key
      ? b.key - a.key
      : a.gap.questionId < b.gap.questionId
        ? -1
        : a.gap.questionId > b.gap.questionId
          ? 1
          : 0,
  );
  return gaps.map((g) => g.gap);
}

/**
 * The answers with the given questions closed: each set to its best option
 * (kept as is where the chosen option already has the best credit) and, where
 * the question requires evidence and the answer has none, given the evidence
 * `[WHAT_IF_EVIDENCE]`. Existing evidence and notes are kept. Every answer to a
 * closed question is replaced (so duplicates cannot undo the closure); a closed
 * question without an answer gets a new one, appended in `questionIds` order.
 * Unknown question ids (and questions without options) are ignored. The input
 * is not changed; answers that are not closed are returned as the same objects.
 */
export function applyGapClosures(
  framework: Framework,
  answers: readonly AnswerInput[],
  questionIds: readonly string[],
): AnswerInput[] {
  const c = compile(framework);
  const toClose: number[] = [];
  const closing = new Set<number>();
  for (const id of questionIds) {
    const i = c.questionIndex.get(id);
    if (i === undefined || closing.has(i) || c.optionCredits[i]!.size === 0) continue;
    closing.add(i);
    toClose.push(i);
  }

  const close = (i: number, answer: AnswerInput | undefined): AnswerInput => {
    const q = framework.questions[i]!;
    const current = answer?.value == null ? undefined : c.optionCredits[i]!.get(answer.value);
    const value = current !== undefined && current >= c.bestCredit[i]! ? answer!.value! : c.bestValue[i]!;
    const evidence =
      answer !== undefined && !hasNoEvidence(answer.evidence)
        ? [...answer.evidence]
        : q.evidenceRequired
          ? [WHAT_IF_EVIDENCE]
          : [];
    const closed: AnswerInput = { questionId: q.id, value, evidence };
    if (answer?.note !== undefined) closed.note = answer.note;
    return closed;
  };

  const answered = new Set<number>();
  const result = answers.map((answer) => {
    const i = c.questionIndex.get(answer.questionId);
    if (i === undefined || !closing.has(i)) return answer;
    answered.add(i);
    return close(i, answer);
  });
  for (const i of toClose) if (!answered.has(i)) result.push(close(i, undefined));
  return result;
}

/** Scores the answers as they are and with the given questions closed (see `applyGapClosures`). */
export function whatIf(
  framework: Framework,
  answers: readonly AnswerInput[],
  questionIds: readonly string[],
): WhatIfResult {
  return {
    before: scoreAssessment(framework, answers),
    after: scoreAssessment(framework, applyGapClosures(framework, answers, questionIds)),
  };
}
