import { ERROR_MESSAGES_EN } from "./catalogue";

/**
 * Every refusal the product makes, with a stable code. The code's first part
 * decides the HTTP status, so a caller never picks one; the message is written
 * from the catalogue of the reader's language when the error is answered
 * (`lib/i18n/messages/{locale}/errors.json`), English when it is logged.
 */
export type ErrorCode = keyof typeof ERROR_MESSAGES_EN;
export type ErrorParams = Record<string, string | number>;

const STATUS_BY_KIND = {
  auth: 401,
  forbidden: 403,
  not_found: 404,
  validation: 400,
  conflict: 409,
  too_large: 413,
  unsupported_media: 415,
  rate_limited: 429,
  internal: 500,
} as const;
export type ErrorKind = keyof typeof STATUS_BY_KIND;

/** One field at fault: a message code with its values, or a message already written (zod's, in the reader's language). */
export interface FieldProblem {
  path: (string | number)[];
  message: string;
  code?: ErrorCode;
  params?: ErrorParams;
}

export function kindOf(code: ErrorCode): ErrorKind {
  return code.split(".")[0] as ErrorKind;
}

export function statusOf(code: ErrorCode): number {
  return STATUS_BY_KIND[kindOf(code)];
}

/** The message of a code in English, with its values put in; for logs and for callers that have no reader. */
export function englishMessage(code: ErrorCode, params: ErrorParams = {}): string {
  return interpolate(ERROR_MESSAGES_EN[code], params);
}

/** `{name}` placeholders filled in; `''` is a literal apostrophe, as in ICU. */
export function interpolate(template: string, params: ErrorParams): string {
  return template
    .replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole))
    .replace(/''/g, "'");
}

export interface AppErrorOptions {
  params?: ErrorParams;
  /** Problems by field, e.g. the answers that are not valid. */
  problems?: FieldProblem[];
  /** On a version conflict: the version the client must rebase on. */
  currentVersion?: number;
  /** More facts for the client, returned as they are (e.g. the questions still unanswered). */
  details?: Record<string, unknown>;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly params: ErrorParams;
  readonly problems: FieldProblem[];
  readonly currentVersion?: number;
  readonly details?: Record<string, unknown>;

  constructor(code: ErrorCode, options: AppErrorOptions = {}) {
    super(englishMessage(code, options.params));
    this.name = "AppError";
    this.code = code;
    this.params = options.params ?? {};
    this.problems = options.problems ?? [];
    this.currentVersion = options.currentVersion;
    this.details = options.details;
  }

  get status(): number {
    return statusOf(this.code);
  }

  get kind(): ErrorKind {
    return kindOf(this.code);
  }
}

export function isAppError(error: unknown, kind?: ErrorKind): error is AppError {
  return error instanceof AppError && (kind === undefined || error.kind === kind);
}

/** Shorthand for the refusals most often thrown. */
export const appError = (code: ErrorCode, params?: ErrorParams, options: Omit<AppErrorOptions, "params"> = {}) =>
  new AppError(code, { ...options, params });
