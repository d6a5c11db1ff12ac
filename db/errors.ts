import { AppError, type ErrorCode } from "@/lib/errors";

/**
 * INTERIM (issue 14, being removed): the message-only error classes of the data
 * modules not yet moved to the service layer. Each carries its English message
 * as a `*.legacy` code; a module moved to `server/` throws coded errors instead.
 */
function legacyError(code: ErrorCode) {
  return class extends AppError {
    constructor(message: string, fieldErrors?: Record<string, string[]>, currentVersion?: number) {
      const problems = Object.entries(fieldErrors ?? {}).flatMap(([field, messages]) =>
        messages.map((message) => ({ path: [field], message })),
      );
      super(code, { params: { message }, problems, currentVersion });
    }
  };
}

export const ForbiddenError = legacyError("forbidden.legacy");
export const NotFoundError = legacyError("not_found.legacy");
export const ValidationError = legacyError("validation.legacy");
export class ConflictError extends legacyError("conflict.legacy") {
  constructor(message: string, currentVersion?: number) {
    super(message, undefined, currentVersion);
  }
}
