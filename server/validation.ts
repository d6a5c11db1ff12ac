import "server-only";
import { wakeMailSender } from "./mail-sender";
import { notifyStateFocalPoints } from "./notifications";
import { findAssessment, loadAnswers, type AssessmentRow } from "@/db/queries/assessments";
import { insertReviewStep, listReviewSteps } from "@/db/queries/validation";
import { getDb, inTransaction, type Tx } from "@/db/transaction";
import { actorDisplayName, type Actor } from "@/lib/assessment/actor";
import type { AssessmentStatus } from "@/lib/assessment/status";
import { appError, AppError } from "@/lib/errors";
import { frameworkOf, questionById } from "@/lib/framework";
import type { Framework, Question } from "@/lib/framework/types";
import type { ReviewReply, ReviewRequest } from "@/lib/validation/review.validation";
import {
  checkStep,
  openQuestionIds,
  reviewProgress,
  reviewsOf,
  type AnswerReview,
  type ReviewStepKind,
} from "@/lib/validation/dialogue";
import { assertCanEditAnswers, assertCanReadAssessment, assertCanReview } from "./access";
import { requireStateAndCycle, writeAnswers } from "./assessments";

/** The validation dialogue of one assessment: every answer's review state and thread. */
export interface ReviewsView {
  iso3: string;
  cycle: number;
  status: AssessmentStatus;
  /** The assessment's version (accepting a proposal changes an answer, so it moves it on). */
  version: number;
  items: AnswerReview[];
  /** The questions validation waits for. */
  openQuestionIds: string[];
  progress: { reviewed: number; total: number };
}

const statusOf = (row: AssessmentRow | undefined) => (row?.status ?? "not_started") as AssessmentStatus;

async function reviewsView(ex: Tx | Awaited<ReturnType<typeof getDb>>, row: AssessmentRow): Promise<ReviewsView> {
  const [answers, steps] = await Promise.all([loadAnswers(ex, row.id), listReviewSteps(ex, row.id)]);
  const items = reviewsOf(frameworkOf(row.frameworkId), answers, steps, statusOf(row));
  return {
    iso3: row.iso3,
    cycle: row.cycle,
    status: statusOf(row),
    version: row.version,
    items,
    openQuestionIds: openQuestionIds(items),
    progress: reviewProgress(items),
  };
}

/**
 * Every answer's review and thread: read by whoever may read the assessment (the state's people; BDT once
 * it is shared). A state that has not started has no dialogue.
 */
export async function getReviews(actor: Actor, iso3: string, cycle: number): Promise<ReviewsView> {
  const db = await getDb();
  await requireStateAndCycle(db, iso3, cycle);
  const row = await findAssessment(db, iso3, cycle);
  assertCanReadAssessment(actor, iso3, statusOf(row));
  if (!row)
    return {
      iso3,
      cycle,
      status: "not_started",
      version: 0,
      items: [],
      openQuestionIds: [],
      progress: { reviewed: 0, total: 0 },
    };
  return reviewsView(db, row);
}

interface StepTarget {
  tx: Tx;
  row: AssessmentRow;
  framework: Framework;
  question: Question;
  review: AnswerReview;
  currentValue: string | null;
}

/**
 * Locks the assessment, checks that the dialogue runs (`allowed` statuses) and that the question exists,
 * and hands the answer's review to `act`, all in one transaction.
 */
async function onAnswer(
  iso3: string,
  cycle: number,
  questionId: string,
  allowed: readonly AssessmentStatus[],
  act: (target: StepTarget) => Promise<void>,
): Promise<ReviewsView> {
  return inTransaction(async (tx) => {
    await requireStateAndCycle(tx, iso3, cycle);
    const row = await findAssessment(tx, iso3, cycle, { forUpdate: true });
    const status = statusOf(row);
    if (!row || !allowed.includes(status)) throw appError("conflict.not_in_review", { iso3, status });
    const framework = frameworkOf(row.frameworkId);
    const question = questionById(framework, questionId);
    if (!question) throw appError("validation.unknown_question", { questionId, framework: framework.id });
    const answers = await loadAnswers(tx, row.id);
    const currentValue = answers.find((a) => a.questionId === questionId)?.value ?? null;
    const steps = (await listReviewSteps(tx, row.id)).filter((s) => s.questionId === questionId);
    const [review] = reviewsOf({ ...framework, questions: [question] }, answers, steps);
    await act({ tx, row, framework, question, review: review!, currentValue });
    return reviewsView(tx, (await findAssessment(tx, iso3, cycle))!);
  });
}

function allowedStep(review: AnswerReview, step: ReviewStepKind) {
  const check = checkStep(review.state, step);
  if (!check.ok) throw new AppError(check.code, { params: check.params });
  return check.to;
}

/**
 * A BDT analyst's decision on one answer of a submitted assessment: accept it, query it (with a comment) or
 * propose another of the question's options (with the reason). Administrators may decide too, as they may
 * return and validate.
 */
export async function reviewAnswer(
  actor: Actor,
  iso3: string,
  cycle: number,
  questionId: string,
  request: ReviewRequest,
): Promise<ReviewsView> {
  assertCanReview(actor);
  const comment = request.comment?.trim() ?? "";
  if (request.decision !== "accept" && comment === "") throw appError("validation.review_comment");
  return onAnswer(iso3, cycle, questionId, ["submitted"], async ({ tx, row, question, review, currentValue }) => {
    const proposedValue = request.decision === "propose" ? (request.proposedValue ?? null) : null;
    if (request.decision === "propose") {
      if (!question.options.some((o) => o.value === proposedValue))
        throw appError("validation.proposed_option", {
          questionId,
          options: question.options.map((o) => o.value).join(", "),
        });
      if (proposedValue === currentValue)
        throw appError("validation.proposal_unchanged", { questionId, value: currentValue ?? "" });
    }
    const to = allowedStep(review, request.decision);
    const author = { userId: actor.userId, name: actorDisplayName(actor), role: actor.role };
    await insertReviewStep(tx, row, author, {
      questionId,
      step: request.decision,
      comment,
      proposedValue,
      answerValue: currentValue,
      from: review.state,
      to,
    });
    // A query waits for the state's answer: its focal points hear of it.
    if (request.decision === "query")
      await notifyStateFocalPoints(tx, iso3, { kind: "validation_query", params: { cycle, iso3, questionId } });
  }).then((view) => {
    if (request.decision === "query") wakeMailSender();
    return view;
  });
}

/**
 * The state's focal point answers BDT on one answer: a reply to a query (back to BDT as `answered`), a reply
 * that contests a proposal (`contested`), or the acceptance of a proposal, which changes the answer the way a
 * save does (audit record, scores, version + 1) and settles the item. Replies are taken while the assessment
 * is submitted, and while it is returned (the state may answer BDT while it changes its answers).
 */
export async function replyToReview(
  actor: Actor,
  iso3: string,
  cycle: number,
  questionId: string,
  reply: ReviewReply,
): Promise<ReviewsView> {
  assertCanEditAnswers(actor, iso3);
  return onAnswer(
    iso3,
    cycle,
    questionId,
    ["submitted", "returned"],
    async ({ tx, row, framework, review, currentValue }) => {
      const step: ReviewStepKind = reply.acceptProposal ? "accept_proposal" : "reply";
      const to = allowedStep(review, step);
      let answerValue = currentValue;
      if (step === "accept_proposal") {
        answerValue = review.proposedValue;
        row = (await writeAnswers(tx, row, actor, framework, [{ questionId, value: answerValue }])).row;
      }
      const author = { userId: actor.userId, name: actorDisplayName(actor), role: actor.role };
      await insertReviewStep(tx, row, author, {
        questionId,
        step,
        comment: reply.comment.trim(),
        proposedValue: null,
        answerValue,
        from: review.state,
        to,
      });
    },
  );
}
