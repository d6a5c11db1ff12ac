import { z } from "zod";
import { errorCode } from "../errors/schema-message";
import { englishMessage, type ErrorCode, type ErrorParams, type FieldProblem } from "../errors/app-error";
import { isStorableText, unstorableText } from "../api/text";
import type { Framework } from "../framework/types";

/**
 * Answers as the browser form, the REST API and the import all send them. One
 * schema: the form validates with it before saving and the server again on arrival.
 */
export const MAX_EVIDENCE_PER_ANSWER = 20;
export const MAX_NOTE_LENGTH = 4000;

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.length > 0;
  } catch {
    return false;
  }
}

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

/** A problem of one answer, with its message code (see lib/errors). */
export type AnswerProblem = FieldProblem;

export function problemOf(path: (string | number)[], code: ErrorCode, params: ErrorParams): AnswerProblem {
  return { path, code, params, message: englishMessage(code, params) };
}

/**
 * What a framework adds to the shape: every question id must exist, every value
 * must be one of that question's options, and no question may be answered twice.
 */
export function checkAnswersAgainstFramework(
  framework: Framework,
  answers: readonly { questionId: string; value: string | null }[],
): AnswerProblem[] {
  const questions = new Map(framework.questions.map((q) => [q.id, q]));
  const seen = new Map<string, number>();
  const problems: AnswerProblem[] = [];
  answers.forEach((answer, i) => {
    const question = questions.get(answer.questionId);
    if (!question) {
      problems.push(
        problemOf(["answers", i, "questionId"], "validation.unknown_question", {
          questionId: answer.questionId,
          framework: framework.id,
        }),
      );
      return;
    }
    const first = seen.get(answer.questionId);
    if (first !== undefined) {
      problems.push(
        problemOf(["answers", i, "questionId"], "validation.duplicate_answer", {
          questionId: answer.questionId,
          first,
        }),
      );
    } else {
      seen.set(answer.questionId, i);
    }
    if (answer.value !== null && !question.options.some((o) => o.value === answer.value)) {
      const valid = question.options.map((o) => o.value).join(", ");
      problems.push(
        problemOf(["answers", i, "value"], "validation.invalid_option", {
          questionId: answer.questionId,
          value: answer.value,
          valid,
        }),
      );
    }
  });
  return problems;
}

/** One question's answer in the questionnaire form: the same rules as the API's answers. */
export const answerStateSchema = answerInputSchema.pick({ value: true }).extend({
  evidence: z
    .array(evidenceUrlSchema)
    .max(MAX_EVIDENCE_PER_ANSWER, errorCode("validation.evidence_too_many", { max: MAX_EVIDENCE_PER_ANSWER })),
  note: noteSchema,
});

export const questionnaireFormSchema = z.object({ answers: z.record(z.string(), answerStateSchema) });
export type QuestionnaireForm = z.infer<typeof questionnaireFormSchema>;
