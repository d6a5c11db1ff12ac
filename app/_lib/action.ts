import "server-only";
import { getLocale } from "next-intl/server";
import type { z } from "zod";
import type { Actor } from "@/lib/assessment/actor";
import { AppError, appError, errorBody, parseOrThrow, type ErrorCode } from "@/lib/errors";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/i18n/locales";
import { actionActor } from "./session";

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
  return (input: unknown): Promise<ActionResult<T>> =>
    answer(async (locale) => {
      const actor = await actionActor();
      if (!actor) throw appError("auth.session_ended");
      return fn(parseOrThrow(schema, input, "validation.form", locale), actor);
    });
}

/**
 * The same for the few actions a person takes before having a session (accepting an invitation): the
 * input is parsed, and the service function decides on its own what the request may do.
 */
export function validatedPublicAction<S extends z.ZodType, T>(schema: S, fn: (input: z.infer<S>) => Promise<T>) {
  return (input: unknown): Promise<ActionResult<T>> =>
    answer(async (locale) => fn(parseOrThrow(schema, input, "validation.form", locale)));
}

async function answer<T>(run: (locale: Locale) => Promise<T>): Promise<ActionResult<T>> {
  const locale = await pageLocale();
  try {
    return { ok: true, data: await run(locale) };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const { code, error: message, fieldErrors, currentVersion } = errorBody(error, locale);
    return { ok: false, code, error: message, fieldErrors, currentVersion };
  }
}
