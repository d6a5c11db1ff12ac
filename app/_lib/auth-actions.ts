"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getAuth } from "@/db/auth";

/** Ends this browser's session. */
export async function signOut(): Promise<void> {
  const auth = await getAuth();
  await auth.api.signOut({ headers: await headers() }).catch(() => undefined);
  redirect("/sign-in");
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
  redirect("/sign-in");
}
