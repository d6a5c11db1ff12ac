import { z } from "zod";
import { isStorableText, unstorableText } from "./text";

export const assessmentParamsSchema = z.object({
  iso3: z
    .string()
    .regex(/^[A-Za-z]{3}$/, "iso3 must be an ISO 3166-1 alpha-3 code, e.g. KEN")
    .transform((v) => v.toUpperCase()),
  cycle: z.coerce
    .number({ error: "cycle must be a year, e.g. 2026" })
    .int("cycle must be a year, e.g. 2026")
    .min(2000, "cycle must be a year between 2000 and 2100")
    .max(2100, "cycle must be a year between 2000 and 2100"),
});

export const returnRequestSchema = z.strictObject({
  comments: z
    .array(
      z.strictObject({
        questionId: z
          .string()
          .min(1, "questionId is required")
          .max(40)
          .refine(isStorableText, unstorableText("questionId")),
        text: z
          .string()
          .trim()
          .min(1, "A comment needs text")
          .max(4000, "A comment has at most 4000 characters")
          .refine(isStorableText, unstorableText("A comment")),
      }),
      { error: "comments must be a list of { questionId, text }" },
    )
    .min(1, "Return the assessment with at least one comment saying what to change")
    .max(200),
});

/** The review actions as the analyst's page sends them. */
export const reviewTargetSchema = z.object({
  iso3: z.string().regex(/^[A-Z]{3}$/),
  cycle: z.number().int().min(2000).max(2100),
});
export const returnActionSchema = reviewTargetSchema.extend({ comments: returnRequestSchema.shape.comments });
