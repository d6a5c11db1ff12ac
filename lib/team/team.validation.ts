import { z } from "zod";
import { errorCode } from "../errors/schema-message";
import { accountEmailSchema, personNameSchema } from "../admin/accounts.validation";
import { LOCALES } from "../i18n/locales";
import { isoDateSchema } from "../plan/plan.validation";

const MAX_IDS = 200;
const QUESTION_OR_GROUP = errorCode("validation.question_or_group");
/** A question id ("LEG-CYB-01") or an indicator group's id ("legal-cybercrime"). */
const questionOrGroupId = z
  .string({ error: QUESTION_OR_GROUP })
  .regex(/^([A-Z]{3}-[A-Z]{2,5}-\d{2}|[a-z]+(-[a-z]+)*)$/, QUESTION_OR_GROUP)
  .max(60, QUESTION_OR_GROUP);

/** `POST …/assignments`: give questions (or whole indicator groups) to a contributor, by a date or not. */
export const assignmentRequestSchema = z.strictObject({
  userId: z
    .string({ error: errorCode("validation.choose_contributor") })
    .min(1, errorCode("validation.choose_contributor"))
    .max(100, errorCode("validation.choose_contributor")),
  questionIds: z
    .array(questionOrGroupId, { error: errorCode("validation.question_ids_list") })
    .min(1, errorCode("validation.choose_questions"))
    .max(MAX_IDS, errorCode("validation.questions_too_many", { max: MAX_IDS })),
  dueDate: isoDateSchema
    .nullable()
    .optional()
    .transform((v) => v ?? null),
});
export type AssignmentRequest = z.output<typeof assignmentRequestSchema>;

export const COMMENT_MAX = 4000;

/** `POST …/questions/{questionId}/comments`: one comment, plain text with @mentions. */
export const commentRequestSchema = z.strictObject({
  body: z
    .string({ error: errorCode("validation.comment_text") })
    .trim()
    .min(1, errorCode("validation.comment_text"))
    .max(COMMENT_MAX, errorCode("validation.comment_too_long", { max: COMMENT_MAX })),
});
export type CommentRequest = z.output<typeof commentRequestSchema>;

/** A contributor of the focal point's own state, invited by e-mail from the Team page. */
export const inviteContributorSchema = z.object({
  name: personNameSchema,
  email: accountEmailSchema,
  locale: z.enum(LOCALES).optional(),
});
export type InviteContributorInput = z.input<typeof inviteContributorSchema>;

/** Taking a question back (the Team page). */
export const withdrawAssignmentSchema = z.object({
  questionId: z.string().regex(/^[A-Z]{3}-[A-Z]{2,5}-\d{2}$/, errorCode("validation.question_id")),
});
