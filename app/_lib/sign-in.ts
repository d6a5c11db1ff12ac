import "server-only";
import { NextResponse } from "next/server";
import type { Auth } from "@/db/auth";
import { isAccountDisabled } from "@/db/queries/users";
import { clearSignInFailures, recordSignInFailure, signInRetryAfter } from "@/db/sign-in-throttle";

/** The client's address: the last hop that the server itself saw. */
export function clientAddress(request: Request): string {
  const forwarded = request.headers.get("x-forwarded-for");
  const hops =
    forwarded
      ?.split(",")
      .map((h) => h.trim())
      .filter(Boolean) ?? [];
  return hops[hops.length - 1] ?? request.headers.get("x-real-ip") ?? "unknown";
}

/**
 * better-auth's email sign-in, with what it leaves to us: disabled accounts are
 * refused, and repeated failures per account and per address are slowed down (429).
 */
export async function signInWithThrottle(auth: Auth, request: Request): Promise<Response> {
  let email = "";
  try {
    const body = (await request.clone().json()) as { email?: unknown };
    if (typeof body.email === "string") email = body.email.trim().toLowerCase();
  } catch {
    // Let better-auth answer the malformed body with its own 400.
  }
  const address = clientAddress(request);
  const wait = await signInRetryAfter(email, address);
  if (wait > 0) {
    return NextResponse.json(
      { error: `Too many failed sign-in attempts. Try again in ${wait} seconds.`, code: "TOO_MANY_ATTEMPTS" },
      { status: 429, headers: { "Retry-After": String(wait) } },
    );
  }
  if (email && (await isAccountDisabled(email))) {
    return NextResponse.json(
      { error: "This account has been disabled. Ask an administrator.", code: "ACCOUNT_DISABLED" },
      { status: 403 },
    );
  }
  const response = await auth.handler(request);
  if (response.status === 401 || response.status === 403) await recordSignInFailure(email, address);
  else if (response.ok && email) await clearSignInFailures(email);
  return response;
}
