import type { z } from "zod";

/** The error body every endpoint returns: a sentence and, where known, the fields at fault. */
export interface ApiErrorBody {
  error: string;
  fieldErrors?: Record<string, string[]>;
}

export interface FieldProblem {
  path: (string | number)[];
  message: string;
}

/**
 * zod's issues as problems by field. An unknown key is reported at its own path
 * (e.g. `answers.0.__proto__`), not at the object holding it, so the message names it.
 */
export function zodProblems(error: z.ZodError): FieldProblem[] {
  return error.issues.flatMap((issue) => {
    const path = issue.path.map((p) => (typeof p === "symbol" ? String(p) : p));
    if (issue.code === "unrecognized_keys")
      return issue.keys.map((key) => ({ path: [...path, key], message: `Unknown field "${key}"` }));
    return [{ path, message: issue.message }];
  });
}

/** Problems as the error body: `fieldErrors` keyed by dotted path, `_` for the whole input. */
export function describeProblems(problems: FieldProblem[], summary: string): ApiErrorBody {
  // A Map, because field names come from the client: "__proto__" or "constructor" must stay plain keys.
  const byField = new Map<string, string[]>();
  for (const problem of problems) {
    const key = problem.path.length > 0 ? problem.path.join(".") : "_";
    byField.set(key, [...(byField.get(key) ?? []), problem.message]);
  }
  const fieldErrors: Record<string, string[]> = Object.fromEntries(byField);
  const details = [...byField]
    .map(([field, messages]) => (field === "_" ? messages.join("; ") : `${field}: ${messages.join("; ")}`))
    .join(" ");
  return { error: `${summary}. ${details}`.trim(), fieldErrors };
}

export function describeZodError(error: z.ZodError, summary = "Invalid request"): ApiErrorBody {
  return describeProblems(zodProblems(error), summary);
}
