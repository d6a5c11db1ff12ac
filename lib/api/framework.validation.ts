import { z } from "zod";
import { FRAMEWORKS } from "../framework";

export const frameworkQuerySchema = z.object({
  version: z
    .string()
    .max(60)
    .refine((v) => FRAMEWORKS.some((f) => f.id === v || f.version === v), {
      error: (issue) =>
        `Unknown framework version "${String(issue.input)}". Available: ${FRAMEWORKS.map((f) => `${f.version} (${f.id})`).join(", ")}.`,
    })
    .optional(),
});
