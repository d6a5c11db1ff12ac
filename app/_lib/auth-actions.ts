"use server";

import { headers } from "next/headers";
import { getLocale } from "next-intl/server";
import { redirect } from "@/app/_i18n/navigation";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";

/** Back to the sign-in page, in the language of the page the user was on. */
async function toSignIn(): Promise<never> {
  const locale = await getLocale();
  return redirect({ href: "/sign-in", locale: isLocale(locale) ? locale : DEFAULT_LOCALE });
}
import { getAuth } from "@/server/auth";

/** Ends this browser's session. */
export async function signOut(): Promise<void> {
  const auth = await getAuth();
  await auth.api.signOut({ headers: await headers() }).catch(() => undefined);
  await toSignIn();
}

/** Ends every session of the signed-in account, on every device. */
export async function signOutEverywhere(): Promise<void> {
  const auth = await getAuth();
  const requestHeaders = await headers();
  const session = await auth.api.getSession({ headers: requestHeaders });
  if (session) {
    await auth.api.revokeSessions({ headers: requestHeaders });
    await auth.api.signOut({ headers: requestHeaders }).catch(() => undefined);
  }
  await toSignIn();
}
