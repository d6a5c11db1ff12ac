/**
 * Errors the data layer throws so that every caller (page, server action, REST
 * endpoint) answers the same way. `status` is the HTTP status they map to.
 */
export abstract class AppError extends Error {
  abstract readonly status: number;
  readonly fieldErrors?: Record<string, string[]>;
  constructor(message: string, fieldErrors?: Record<string, string[]>) {
    super(message);
    this.name = new.target.name;
    this.fieldErrors = fieldErrors;
  }
}

export class UnauthenticatedError extends AppError {
  readonly status = 401;
  constructor(message = "Sign in first.") {
    super(message);
  }
}

export class ForbiddenError extends AppError {
  readonly status = 403;
}

export class NotFoundError extends AppError {
  readonly status = 404;
}

export class ValidationError extends AppError {
  readonly status = 400;
}

/** A change made against an older version, or to an assessment that no longer accepts it. */
export class ConflictError extends AppError {
  readonly status = 409;
  constructor(
    message: string,
    readonly currentVersion?: number,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}
