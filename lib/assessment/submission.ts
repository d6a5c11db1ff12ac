import type { Framework } from "../framework/types";
import type { AnswerInput } from "../scoring/types";

export interface SubmissionCheck {
  /** Questions with no answer, in framework order. */
  unanswered: string[];
  /** Answered questions that require evidence and have none (their credit is halved). */
  missingEvidence: string[];
  /** Whether the assessment may be submitted: every question answered. */
  ready: boolean;
}

/**
 * What stands between a draft and its submission. Every question must be
 * answered; missing evidence is allowed but listed, since it halves the credit.
 */
export function checkSubmission(framework: Framework, answers: readonly AnswerInput[]): SubmissionCheck {
  const byId = new Map(answers.map((a) => [a.questionId, a]));
  const unanswered: string[] = [];
  const missingEvidence: string[] = [];
  for (const q of framework.questions) {
    const a = byId.get(q.id);
    if (!a || a.value === null) unanswered.push(q.id);
    else if (q.evidenceRequired && a.evidence.length === 0) missingEvidence.push(q.id);
  }
  return { unanswered, missingEvidence, ready: unanswered.length === 0 };
}
