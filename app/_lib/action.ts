import "server-only";
import { getTranslations } from "next-intl/server";
import type { z } from "zod";
import { AppError, ConflictError } from "@/db/errors";
import type { Actor } from "@/lib/assessment/actor";
import { describeZodError } from "@/lib/api/errors";
import { currentActor } from "./session";

export type ActionResult<T> =
  { ok: true; data: T } | { ok: false; error: string; fieldErrors?: Record<string, string[]>; currentVersion?: number };

/**
 * The one way to write a server action: the session is checked and the input
 * parsed with the same zod schema the browser form used, before `fn` runs.
 * Errors of the data layer come back as `{ ok: false, error, fieldErrors }`.
 */
export function validatedAction<S extends z.ZodType, T>(
  schema: S,
  fn: (input: z.infer<S>, actor: Actor) => Promise<T>,
) {
  return async (input: unknown): Promise<ActionResult<T>> => {
    const actor = await currentActor();
    const t = await getTranslations("common.actions");
    if (!actor) return { ok: false, error: t("sessionEnded") };
    const parsed = schema.safeParse(input);
    if (!parsed.success) {
      const { error, fieldErrors } = describeZodError(parsed.error, t("correctForm"));
      return { ok: false, error, fieldErrors };
    }
    try {
      return { ok: true, data: await fn(parsed.data, actor) };
    } catch (error) {
      if (error instanceof AppError) {
        return {
          ok: false,
          error: error.message,
          fieldErrors: error.fieldErrors,
          currentVersion: error instanceof ConflictError ? error.currentVersion : undefined,
        };
      }
      throw error;
    }
  };
}
