import type { z } from "zod";
import type { Locale } from "../../i18n/locales";
import { isAppError, type AppError } from "../app-error";
import { errorBody, parseOrThrow } from "../localize";

/**
 * What a REST client reading `locale` is told when `schema` refuses `input`, as the server's mapper
 * writes it: the code of each field's problem (none when the message is zod's own) and the messages.
 */
export function schemaRefusal(schema: z.ZodType, input: unknown, locale: Locale) {
  let error: AppError | undefined;
  try {
    parseOrThrow(schema, input, "validation.body", locale);
  } catch (caught) {
    if (!isAppError(caught)) throw caught;
    error = caught;
  }
  if (!error) throw new Error(`The schema accepted ${JSON.stringify(input)}`);
  const codes: Record<string, string | undefined> = {};
  for (const problem of error.problems) codes[problem.path.join(".") || "_"] = problem.code;
  return { codes, fieldErrors: errorBody(error, locale).fieldErrors ?? {} };
}
