/**
 * The validation dialogue on one answer, as pure rules. BDT reviews a submitted assessment answer by answer:
 * it accepts an answer, queries it (a question to the state) or proposes another option with its reason. The
 * state replies to a query, accepts a proposal (the answer changes) or contests it with a reply. Each step is
 * stored, never changed; an answer's review state is the fold of its steps (`itemState`).
 */
import type { ErrorCode, ErrorParams } from "../errors/app-error";
import type { AssessmentStatus, Role } from "../assessment/status";
import type { Framework } from "../framework/types";

export const REVIEW_DECISIONS = ["accept", "query", "propose"] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];
export const REVIEW_STEPS = [...REVIEW_DECISIONS, "reply", "accept_proposal"] as const;
export type ReviewStepKind = (typeof REVIEW_STEPS)[number];

/**
 * - `not_reviewed`: no decision yet, or the answer changed since BDT accepted it;
 * - `accepted`: BDT accepted the answer as it is, or the state accepted BDT's proposal;
 * - `queried` / `proposed`: waiting for the state;
 * - `answered` (a reply to a query) / `contested` (a reply to a proposal): back with BDT, which accepts the
 *   answer or queries or proposes again.
 */
export const ITEM_STATES = ["not_reviewed", "accepted", "queried", "proposed", "answered", "contested"] as const;
export type ItemState = (typeof ITEM_STATES)[number];

/** Open items hold validation back: from a query or a proposal until BDT accepts the answer or the state accepts the proposal. */
const OPEN: readonly ItemState[] = ["queried", "proposed", "answered", "contested"];
/** Items waiting for the state (the others that are open wait for BDT). */
const WAITING_FOR_STATE: readonly ItemState[] = ["queried", "proposed"];

export const isOpen = (state: ItemState) => OPEN.includes(state);
export const waitsForState = (state: ItemState) => WAITING_FOR_STATE.includes(state);

export interface ReviewStep {
  id: number;
  questionId: string;
  step: ReviewStepKind;
  comment: string;
  /** The option BDT proposes (a `propose` step). */
  proposedValue: string | null;
  /** The answer's value when the step was taken. */
  answerValue: string | null;
  by: string;
  role: Role;
  at: string;
}

/** The state a step leads to, from the state before it (the step is assumed allowed: see `checkStep`). */
function after(state: ItemState, step: ReviewStepKind): ItemState {
  switch (step) {
    case "accept":
    case "accept_proposal":
      return "accepted";
    case "query":
      return "queried";
    case "propose":
      return "proposed";
    case "reply":
      return state === "proposed" ? "contested" : "answered";
  }
}

/**
 * An answer's review state from its steps, oldest first. An acceptance holds for the value it accepted: once
 * the answer changes (after a return and resubmission), the answer is to be reviewed again.
 */
export function itemState(
  steps: readonly Pick<ReviewStep, "step" | "answerValue">[],
  currentValue: string | null,
): ItemState {
  let state: ItemState = "not_reviewed";
  let acceptedValue: string | null = null;
  for (const s of steps) {
    state = after(state, s.step);
    if (state === "accepted") acceptedValue = s.answerValue;
  }
  return state === "accepted" && acceptedValue !== currentValue ? "not_reviewed" : state;
}

export type StepCheck = { ok: true; to: ItemState } | { ok: false; code: ErrorCode; params: ErrorParams };

/** Whether `step` may be taken on an answer in `state`. */
export function checkStep(state: ItemState, step: ReviewStepKind): StepCheck {
  const allowed =
    step === "accept"
      ? state !== "accepted"
      : step === "query" || step === "propose"
        ? !waitsForState(state)
        : step === "reply"
          ? waitsForState(state)
          : state === "proposed";
  return allowed
    ? { ok: true, to: after(state, step) }
    : { ok: false, code: "conflict.review_step", params: { step, state } };
}

/** One answer's review: its state and its thread, oldest first. */
export interface AnswerReview {
  questionId: string;
  state: ItemState;
  /** The option BDT proposes while a proposal is open (`proposed` or `contested`). */
  proposedValue: string | null;
  steps: ReviewStep[];
}

/** Every question's review, in the questionnaire's order, from all the steps of an assessment. */
export function answerReviews(
  questionIds: readonly string[],
  steps: readonly ReviewStep[],
  valueOf: (questionId: string) => string | null,
): AnswerReview[] {
  const byQuestion = new Map<string, ReviewStep[]>();
  for (const s of steps) byQuestion.set(s.questionId, [...(byQuestion.get(s.questionId) ?? []), s]);
  return questionIds.map((questionId) => {
    const thread = byQuestion.get(questionId) ?? [];
    const state = itemState(thread, valueOf(questionId));
    const proposal = [...thread].reverse().find((s) => s.step === "propose");
    return {
      questionId,
      state,
      proposedValue: state === "proposed" || state === "contested" ? (proposal?.proposedValue ?? null) : null,
      steps: thread,
    };
  });
}

/** The questions validation waits for. */
export const openQuestionIds = (reviews: readonly Pick<AnswerReview, "questionId" | "state">[]) =>
  reviews.filter((r) => isOpen(r.state)).map((r) => r.questionId);

/** How far the review is: answers with a decision (accepted, or open) out of all. */
export function reviewProgress(reviews: readonly Pick<AnswerReview, "state">[]): { reviewed: number; total: number } {
  return { reviewed: reviews.filter((r) => r.state !== "not_reviewed").length, total: reviews.length };
}

/**
 * Every question's review in an assessment. Once it is validated, answers never reviewed are accepted (the
 * validation accepted them), so no answer of a validated assessment reads "not reviewed".
 */
export function reviewsOf(
  framework: Framework,
  answers: readonly { questionId: string; value: string | null }[],
  steps: readonly ReviewStep[],
  status?: AssessmentStatus,
): AnswerReview[] {
  const values = new Map(answers.map((a) => [a.questionId, a.value]));
  const reviews = answerReviews(
    framework.questions.map((q) => q.id),
    steps,
    (q) => values.get(q) ?? null,
  );
  return status === "validated"
    ? reviews.map((r) => (r.state === "not_reviewed" ? { ...r, state: "accepted" as const } : r))
    : reviews;
}
