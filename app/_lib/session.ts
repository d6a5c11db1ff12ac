import "server-only";
import { headers } from "next/headers";
import { getLocale } from "next-intl/server";
import { redirect } from "@/app/_i18n/navigation";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import { getAuth } from "@/db/auth";
import { UnauthenticatedError } from "@/db/errors";
import { loadActor } from "@/db/queries/users";
import type { Actor } from "@/lib/assessment/actor";

/** The signed-in user behind these request headers, or null. A disabled account has no session. */
export async function actorFromHeaders(requestHeaders: Headers): Promise<Actor | null> {
  const auth = await getAuth();
  const session = await auth.api.getSession({ headers: requestHeaders });
  if (!session) return null;
  return loadActor(session.user.id);
}

export async function currentActor(): Promise<Actor | null> {
  return actorFromHeaders(await headers());
}

export async function requireActor(): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) throw new UnauthenticatedError();
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
