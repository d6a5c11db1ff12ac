import "server-only";
import { headers } from "next/headers";
import { getLocale } from "next-intl/server";
import { redirect } from "@/app/_i18n/navigation";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import type { Actor } from "@/lib/assessment/actor";
import { appError } from "@/lib/errors";
import { actorFromHeaders } from "@/server/session";

export async function currentActor(): Promise<Actor | null> {
  return actorFromHeaders(await headers());
}

export async function requireActor(): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) throw appError("auth.required");
  return actor;
}

/** For pages: the signed-in user, or a redirect to the sign-in page that comes back here. */
export async function requirePageActor(returnTo: string): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) {
    const locale = await getLocale();
    return redirect({
      href: `/sign-in?next=${encodeURIComponent(returnTo)}`,
      locale: isLocale(locale) ? locale : DEFAULT_LOCALE,
    });
  }
  return actor;
}
