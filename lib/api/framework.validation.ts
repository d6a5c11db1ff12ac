import { z } from "zod";
import { errorCode } from "../errors/schema-message";
import { FRAMEWORKS } from "../framework";

export const frameworkQuerySchema = z.object({
  version: z
    .string()
    .max(60)
    .refine((v) => FRAMEWORKS.some((f) => f.id === v || f.version === v), {
      error: (issue) =>
        errorCode("validation.unknown_framework", {
          framework: String(issue.input),
          available: FRAMEWORKS.map((f) => `${f.version} (${f.id})`).join(", "),
        }),
    })
    .optional(),
});

/**
 * `GET /api/v1/framework/crosswalk?from=…&to=…`: two framework ids (or versions). `to` defaults to the current
 * version and `from` to the version published before `to`; any other parameter is refused.
 */
export const crosswalkQuerySchema = z.strictObject({
  from: z.string().min(1).max(60).optional(),
  to: z.string().min(1).max(60).optional(),
});
