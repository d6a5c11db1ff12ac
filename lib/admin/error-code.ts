import type { ErrorCode } from "../errors";

/**
 * A schema message that is an error code of lib/i18n/messages/en/errors.json,
 * checked by the compiler: the server's mapper (`zodProblems`) and the forms'
 * `FieldError` write it in the reader's language.
 */
export const errorCode = <C extends ErrorCode>(code: C): C => code;
