import { z } from "zod";
import { assessmentParamsSchema } from "../api/assessments.validation";
import { isStorableText, unstorableText } from "../api/text";
import { errorCode } from "../errors/schema-message";
import { REVIEW_DECISIONS } from "./dialogue";

/** `…/answers/{questionId}/review` and `…/reply`: the assessment's path and the question. */
export const answerParamsSchema = assessmentParamsSchema.extend({
  questionId: z.string().min(1).max(40).refine(isStorableText, unstorableText("questionId")),
});

const comment = z
  .string()
  .max(4000, errorCode("validation.comment_too_long", { max: 4000 }))
  .refine(isStorableText, unstorableText("comment"));

/** BDT's decision on one answer; a query and a proposal need a comment (the service says so by code). */
export const reviewRequestSchema = z.strictObject({
  decision: z.enum(REVIEW_DECISIONS, {
    error: errorCode("validation.one_of", { field: "decision", values: REVIEW_DECISIONS.join(", ") }),
  }),
  comment: comment.optional(),
  proposedValue: z.string().min(1).max(60).refine(isStorableText, unstorableText("proposedValue")).optional(),
});
export type ReviewRequest = z.infer<typeof reviewRequestSchema>;

/** The state's reply on one answer: text, and whether it accepts BDT's proposal. */
export const reviewReplySchema = z.strictObject({
  comment: comment.refine((c) => c.trim().length > 0, errorCode("validation.reply_comment")),
  acceptProposal: z.boolean().optional().default(false),
});
export type ReviewReply = z.infer<typeof reviewReplySchema>;

/** The same requests as the pages' server actions send them, with the answer they are about. */
const actionTarget = z.object({
  iso3: z.string().regex(/^[A-Z]{3}$/),
  cycle: z.number().int().min(2000).max(2100),
  questionId: answerParamsSchema.shape.questionId,
});
export const reviewActionSchema = actionTarget.extend(reviewRequestSchema.shape);
export const replyActionSchema = actionTarget.extend(reviewReplySchema.shape);
