import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { getLocale } from "next-intl/server";
import { redirect } from "@/app/_i18n/navigation";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import type { Actor } from "@/lib/assessment/actor";
import { appError } from "@/lib/errors";
import { ENROLMENT_PATH, mustEnrolTwoFactor } from "@/lib/auth/two-factor";
import { actorFromHeaders } from "@/server/session";

/**
 * For pages: the signed-in user, or null. A BDT account that has not set up its required second
 * factor is sent to the enrolment page from whichever page it opens (the site header asks on every one).
 * Asked once per render: the header and the page share the answer.
 */
export const currentActor = cache(async function currentActor(): Promise<Actor | null> {
  const requestHeaders = await headers();
  const actor = await actorFromHeaders(requestHeaders, { beforeEnrolment: true });
  if (!actor || !mustEnrolTwoFactor({ role: actor.role, twoFactorEnabled: actor.twoFactorEnabled ?? false }))
    return actor;
  if ((requestHeaders.get("x-pathname") ?? "").endsWith(ENROLMENT_PATH)) return actor;
  const locale = await getLocale();
  return redirect({ href: ENROLMENT_PATH, locale: isLocale(locale) ? locale : DEFAULT_LOCALE });
});

/** For server actions: the signed-in user, or null; an account that must enrol first is refused with its code. */
export async function actionActor(): Promise<Actor | null> {
  return actorFromHeaders(await headers());
}

/** For the enrolment page and its actions only: the signed-in user even before enrolment. */
export async function enrollingActor(): Promise<Actor | null> {
  return actorFromHeaders(await headers(), { beforeEnrolment: true });
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
