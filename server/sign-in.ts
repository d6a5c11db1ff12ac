import "server-only";
import type { Auth } from "@/db/auth";
import { isAccountDisabled } from "@/db/queries/users";
import { appError, errorBody } from "@/lib/errors";
import { localeFromAcceptLanguage } from "@/lib/i18n/locales";
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
  const locale = localeFromAcceptLanguage(request.headers.get("accept-language"));
  const wait = await signInRetryAfter(email, address);
  if (wait > 0) {
    return Response.json(errorBody(appError("rate_limited.sign_in", { seconds: wait }), locale), {
      status: 429,
      headers: { "Retry-After": String(wait) },
    });
  }
  if (email && (await isAccountDisabled(email))) {
    return Response.json(errorBody(appError("forbidden.account_disabled"), locale), { status: 403 });
  }
  const response = await auth.handler(request);
  if (response.status === 401 || response.status === 403) await recordSignInFailure(email, address);
  else if (response.ok && email) await clearSignInFailures(email);
  return response;
}
