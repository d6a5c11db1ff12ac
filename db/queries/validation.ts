import "server-only";
import { asc, eq } from "drizzle-orm";
import type { Role } from "@/lib/assessment/status";
import type { ItemState, ReviewStep, ReviewStepKind } from "@/lib/validation/dialogue";
import type { ScoreResult } from "@/lib/scoring";
import { assessments, auditLog, reviewSteps } from "../schema/index";
import type { Executor, Tx } from "../transaction";
import { auditedBy, type AssessmentRow, type ChangeAuthor } from "./assessments";

/** Every step of an assessment's validation dialogue, oldest first. */
export async function listReviewSteps(ex: Executor, assessmentId: string): Promise<ReviewStep[]> {
  const rows = await ex
    .select()
    .from(reviewSteps)
    .where(eq(reviewSteps.assessmentId, assessmentId))
    .orderBy(asc(reviewSteps.id));
  return rows.map((r) => ({
    id: r.id,
    questionId: r.questionId,
    step: r.step as ReviewStepKind,
    comment: r.comment,
    proposedValue: r.proposedValue,
    answerValue: r.answerValue,
    by: r.actorName,
    role: r.actorRole as Role,
    at: r.at.toISOString(),
  }));
}

export interface NewReviewStep {
  questionId: string;
  step: ReviewStepKind;
  comment: string;
  proposedValue: string | null;
  answerValue: string | null;
  from: ItemState;
  to: ItemState;
}

/** Appends one step to the dialogue and its record to the audit trail (field `review`: old and new state). */
export async function insertReviewStep(
  tx: Tx,
  row: AssessmentRow,
  author: ChangeAuthor & { role: Role },
  step: NewReviewStep,
): Promise<void> {
  await tx.insert(reviewSteps).values({
    assessmentId: row.id,
    questionId: step.questionId,
    step: step.step,
    comment: step.comment,
    proposedValue: step.proposedValue,
    answerValue: step.answerValue,
    actorId: author.userId,
    actorName: author.name,
    actorRole: author.role,
  });
  await tx.insert(auditLog).values({
    ...auditedBy(row, author),
    field: "review",
    questionId: step.questionId,
    oldValue: { state: step.from },
    newValue: {
      state: step.to,
      step: step.step,
      comment: step.comment,
      ...(step.proposedValue === null ? {} : { proposedValue: step.proposedValue }),
    },
  });
}

/** Stores the validated score on the assessment (when it is validated). */
export async function storeValidatedScores(tx: Tx, assessmentId: string, scores: ScoreResult): Promise<void> {
  await tx
    .update(assessments)
    .set({
      validatedOverall: scores.overall,
      validatedTierLevel: scores.tier.level,
      validatedTierName: scores.tier.name,
      validatedPillarScores: scores.pillars,
      validatedOutcomeScores: scores.outcomes,
    })
    .where(eq(assessments.id, assessmentId));
}
