import type { z } from "zod";

/** The error body every endpoint returns: a sentence and, where known, the fields at fault. */
export interface ApiErrorBody {
  error: string;
  fieldErrors?: Record<string, string[]>;
}

export function describeZodError(error: z.ZodError, summary = "Invalid request"): ApiErrorBody {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? issue.path.map(String).join(".") : "_";
    (fieldErrors[key] ??= []).push(issue.message);
  }
  const details = Object.entries(fieldErrors)
    .map(([field, messages]) => (field === "_" ? messages.join("; ") : `${field}: ${messages.join("; ")}`))
    .join(" ");
  return { error: `${summary}. ${details}`.trim(), fieldErrors };
}
