import type { ErrorCode, ErrorParams } from "./app-error";

/**
 * A zod schema's own message as an error code of lib/i18n/messages/en/errors.json, checked by the
 * compiler, with the values its message puts in (`validation.password_too_short {"min":12}`). The
 * server's mapper (`zodProblems`) and the forms' `FieldError` write it in the reader's language.
 */
export function errorCode<C extends ErrorCode>(code: C): C;
export function errorCode(code: ErrorCode, params: ErrorParams): string;
export function errorCode(code: ErrorCode, params?: ErrorParams): string {
  return params ? `${code} ${JSON.stringify(params)}` : code;
}

/** What a code looks like (`validation.cycle_year`); the `status.*` words of errors.json are not codes. */
const CODED = /^((?!status\.)[a-z_]+\.[a-z0-9_]+)(?: (\{.*\}))?$/s;

/** The code and values of a schema message written by `errorCode`, or null for any other message. */
export function parseCodedMessage(message: string): { code: string; params: ErrorParams } | null {
  const match = CODED.exec(message);
  if (!match) return null;
  if (!match[2]) return { code: match[1]!, params: {} };
  try {
    const params: unknown = JSON.parse(match[2]);
    if (!params || typeof params !== "object" || Array.isArray(params)) return null;
    const values = Object.entries(params).filter(([, v]) => typeof v === "string" || typeof v === "number");
    return { code: match[1]!, params: Object.fromEntries(values) as ErrorParams };
  } catch {
    return null;
  }
}
