import { z } from "zod";
import { isStorableText } from "../api/text";
import { errorCode } from "../errors/schema-message";
import { CONFIDENTIALITIES } from "./kinds";

/**
 * The text fields sent with an uploaded document (multipart/form-data: every
 * value arrives as text, an empty optional field as ""). The messages are error
 * codes, written in the reader's language by the server's mapper and the form.
 */
const emptyAsMissing = (v: unknown) => (v === "" ? undefined : v);

export const TITLE_MAX = 300;
export const ISSUER_MAX = 300;

export const uploadFieldsSchema = z.strictObject({
  questionId: z
    .string({ error: errorCode("validation.document_question") })
    .regex(/^[A-Z]{3}-[A-Z]{2,5}-\d{2}$/, errorCode("validation.document_question")),
  title: z
    .string({ error: errorCode("validation.document_title") })
    .trim()
    .min(1, errorCode("validation.document_title"))
    .max(TITLE_MAX, errorCode("validation.document_title"))
    .refine(isStorableText, errorCode("validation.document_title")),
  issuer: z.preprocess(
    emptyAsMissing,
    z
      .string()
      .trim()
      .max(ISSUER_MAX, errorCode("validation.document_issuer"))
      .refine(isStorableText, errorCode("validation.document_issuer"))
      .optional(),
  ),
  issuedOn: z.preprocess(
    emptyAsMissing,
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, errorCode("validation.document_date"))
      .refine((v) => {
        const d = new Date(`${v}T00:00:00Z`);
        return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(v) && v >= "1900-01-01" && v <= "2100-12-31";
      }, errorCode("validation.document_date"))
      .optional(),
  ),
  confidentiality: z.preprocess(
    emptyAsMissing,
    z.enum(CONFIDENTIALITIES, { error: errorCode("validation.document_confidentiality") }).default("bdt"),
  ),
});
export type UploadFields = z.infer<typeof uploadFieldsSchema>;

export const documentParamsSchema = z.object({
  id: z.uuid({ error: errorCode("validation.document_id") }),
});
