import { z } from "zod";
import { errorCode } from "../errors/schema-message";
import { isStorableText, unstorableText } from "../api/text";
import { isHttpUrl, MAX_EVIDENCE_PER_ANSWER, MAX_NOTE_LENGTH } from "./answer-limits";

export { isHttpUrl, MAX_EVIDENCE_PER_ANSWER, MAX_NOTE_LENGTH } from "./answer-limits";

/**
 * Answers as the browser form, the REST API and the import all send them. One
 * schema: the form validates with it before saving and the server again on arrival.
 */
const MAX_EVIDENCE_URL_LENGTH = 2000;
const EVIDENCE_URL = errorCode("validation.evidence_url");

export const evidenceUrlSchema = z
  .string({ error: EVIDENCE_URL })
  .trim()
  .max(MAX_EVIDENCE_URL_LENGTH, errorCode("validation.evidence_too_long", { max: MAX_EVIDENCE_URL_LENGTH }))
  .refine(isHttpUrl, { message: EVIDENCE_URL })
  .refine(isStorableText, unstorableText("evidence"));

export const noteSchema = z
  .string({ error: errorCode("validation.text", { field: "note" }) })
  .max(MAX_NOTE_LENGTH, errorCode("validation.note_too_long", { max: MAX_NOTE_LENGTH }))
  .refine(isStorableText, unstorableText("note"));

const QUESTION_ID_REQUIRED = errorCode("validation.required", { field: "questionId" });

export const answerInputSchema = z.strictObject({
  questionId: z
    .string({ error: QUESTION_ID_REQUIRED })
    .min(1, QUESTION_ID_REQUIRED)
    .max(40)
    .refine(isStorableText, unstorableText("questionId")),
  value: z
    .string({ error: errorCode("validation.option_value") })
    .max(60)
    .refine(isStorableText, unstorableText("value"))
    .nullable(),
  evidence: z
    .array(evidenceUrlSchema, { error: errorCode("validation.evidence_list") })
    .max(MAX_EVIDENCE_PER_ANSWER, errorCode("validation.evidence_too_many", { max: MAX_EVIDENCE_PER_ANSWER }))
    .default([]),
  note: noteSchema.optional(),
});
export type AnswerInputBody = z.infer<typeof answerInputSchema>;

/** At most this many answers in one request: a questionnaire has fewer questions. */
const MAX_ANSWERS = 500;
const ANSWERS_LIST = errorCode("validation.answers_list");
const ANSWERS_TOO_MANY = errorCode("validation.answers_too_many", { max: MAX_ANSWERS });

export const scoreRequestSchema = z.strictObject({
  framework: z
    .string({ error: errorCode("validation.framework_required") })
    .min(1)
    .max(60),
  answers: z.array(answerInputSchema, { error: ANSWERS_LIST }).max(MAX_ANSWERS, ANSWERS_TOO_MANY),
});

/** A change to some answers of an assessment, made against the version the client last saw. */
export const answersPatchSchema = z.strictObject({
  version: z
    .number({ error: errorCode("validation.version_number") })
    .int()
    .min(0),
  answers: z
    .array(
      answerInputSchema.extend({
        evidence: z.array(evidenceUrlSchema).max(MAX_EVIDENCE_PER_ANSWER).optional(),
      }),
      { error: ANSWERS_LIST },
    )
    .min(1, errorCode("validation.answers_empty"))
    .max(MAX_ANSWERS, ANSWERS_TOO_MANY),
});
export type AnswersPatch = z.infer<typeof answersPatchSchema>;

/** One question's answer in the questionnaire form: the same rules as the API's answers. */
export const answerStateSchema = answerInputSchema.pick({ value: true }).extend({
  evidence: z
    .array(evidenceUrlSchema)
    .max(MAX_EVIDENCE_PER_ANSWER, errorCode("validation.evidence_too_many", { max: MAX_EVIDENCE_PER_ANSWER })),
  note: noteSchema,
});

export const questionnaireFormSchema = z.object({ answers: z.record(z.string(), answerStateSchema) });
export type QuestionnaireForm = z.infer<typeof questionnaireFormSchema>;
