import "server-only";
import { getLocale } from "next-intl/server";
import type { z } from "zod";
import type { Actor } from "@/lib/assessment/actor";
import { AppError, appError, errorBody, parseOrThrow, type ErrorCode } from "@/lib/errors";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/i18n/locales";
import { currentActor } from "./session";

export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; code: ErrorCode; error: string; fieldErrors?: Record<string, string[]>; currentVersion?: number };

async function pageLocale(): Promise<Locale> {
  const locale = await getLocale();
  return isLocale(locale) ? locale : DEFAULT_LOCALE;
}

/**
 * The one way to write a server action: the session is checked and the input
 * parsed with the same zod schema the browser form used, before `fn` runs.
 * Refusals come back as `{ ok: false, code, error, fieldErrors }`, written by the
 * same mapper as REST answers, in the language of the page the action runs under.
 */
export function validatedAction<S extends z.ZodType, T>(
  schema: S,
  fn: (input: z.infer<S>, actor: Actor) => Promise<T>,
) {
  return async (input: unknown): Promise<ActionResult<T>> => {
    const locale = await pageLocale();
    try {
      const actor = await currentActor();
      if (!actor) throw appError("auth.session_ended");
      return { ok: true, data: await fn(parseOrThrow(schema, input, "validation.form", locale), actor) };
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      const { code, error: message, fieldErrors, currentVersion } = errorBody(error, locale);
      return { ok: false, code, error: message, fieldErrors, currentVersion };
    }
  };
}
