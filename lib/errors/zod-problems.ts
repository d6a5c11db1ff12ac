import type { z } from "zod";
import { englishMessage, type ErrorCode, type ErrorParams, type FieldProblem } from "./app-error";
import en from "../i18n/messages/en/errors.json" with { type: "json" };
import { ERROR_MESSAGES_EN } from "./catalogue";
import { parseCodedMessage } from "./schema-message";

// Kept apart from ./localize, which holds every language's catalogue and zod's own locales: browser code
// (an answers file read in the questionnaire) needs only this, and importing ./localize would put all of
// those in every page's JavaScript.

/** `englishMessage`, with a `status` value written as the catalogue words it, as `errorMessage` does. */
function englishWithStatus(code: ErrorCode, params: ErrorParams): string {
  const status = typeof params.status === "string" ? (en.status as Record<string, string>)[params.status] : undefined;
  return englishMessage(code, status === undefined ? params : { ...params, status });
}

export function isErrorCode(value: string): value is ErrorCode {
  return Object.prototype.hasOwnProperty.call(ERROR_MESSAGES_EN, value);
}

/**
 * zod's issues as problems by field. An unknown key is reported at its own path
 * (e.g. `answers.0.__proto__`), not at the object holding it, so the message names
 * it. A schema's own message may be an error code; it is then written in the
 * reader's language when the error is answered.
 */
export function zodProblems(error: z.ZodError, unknownKeyCode: ErrorCode = "validation.unknown_field"): FieldProblem[] {
  return error.issues.flatMap((issue): FieldProblem[] => {
    const path = issue.path.map((p) => (typeof p === "symbol" ? String(p) : p));
    if (issue.code === "unrecognized_keys")
      return issue.keys.map((field) => ({
        path: [...path, field],
        message: ERROR_MESSAGES_EN[unknownKeyCode],
        code: unknownKeyCode,
        params: { field },
      }));
    const coded = parseCodedMessage(issue.message);
    if (coded && isErrorCode(coded.code))
      return [{ path, message: englishWithStatus(coded.code, coded.params), code: coded.code, params: coded.params }];
    return [{ path, message: issue.message }];
  });
}
