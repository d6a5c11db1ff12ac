import { z } from "zod";
import { errorCode } from "../errors/schema-message";
import { cycleParamSchema } from "./analysis.validation";
import { isStorableText, unstorableText } from "./text";

/** A Member State in a path (`/assessments/ken/…`): an ISO alpha-3 code, upper-cased. */
export const iso3ParamSchema = z
  .string()
  .regex(/^[A-Za-z]{3}$/, errorCode("validation.iso3"))
  .transform((v) => v.toUpperCase());

export const assessmentParamsSchema = z.object({ iso3: iso3ParamSchema, cycle: cycleParamSchema });

const MAX_COMMENT_LENGTH = 4000;

export const returnRequestSchema = z.strictObject({
  comments: z
    .array(
      z.strictObject({
        questionId: z
          .string()
          .min(1, errorCode("validation.required", { field: "questionId" }))
          .max(40)
          .refine(isStorableText, unstorableText("questionId")),
        text: z
          .string()
          .trim()
          .min(1, errorCode("validation.comment_text"))
          .max(MAX_COMMENT_LENGTH, errorCode("validation.comment_too_long", { max: MAX_COMMENT_LENGTH }))
          .refine(isStorableText, unstorableText("text")),
      }),
      { error: errorCode("validation.comments_list") },
    )
    .min(1, errorCode("validation.comments_empty"))
    .max(200),
});

/** The review actions as the analyst's page sends them. */
export const reviewTargetSchema = z.object({
  iso3: z.string().regex(/^[A-Z]{3}$/),
  cycle: z.number().int().min(2000).max(2100),
});
export const returnActionSchema = reviewTargetSchema.extend({ comments: returnRequestSchema.shape.comments });
