import { z } from "zod";

export const cycleParamsSchema = z.object({
  cycle: z.coerce
    .number({ error: "cycle must be a year, e.g. 2026" })
    .int("cycle must be a year, e.g. 2026")
    .min(2000, "cycle must be a year between 2000 and 2100")
    .max(2100, "cycle must be a year between 2000 and 2100"),
});

/** Comparisons count validated assessments; `include=submitted` adds those awaiting review. */
export const comparisonQuerySchema = z.object({
  include: z
    .enum(["validated", "submitted"], { error: 'include must be "validated" (the default) or "submitted"' })
    .optional()
    .default("validated"),
});
