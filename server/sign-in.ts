import "server-only";
import type { Auth } from "@/db/auth";
import { getDb } from "@/db/index";
import { insertAccountEvent } from "@/db/queries/admin";
import { findAccountByEmail } from "@/db/queries/users";
import { appError, errorBody } from "@/lib/errors";
import { localeFromAcceptLanguage } from "@/lib/i18n/locales";
import {
  clearSignInFailures,
  PASSWORD_RESET_POLICY,
  recordSignInFailure,
  signInRetryAfter,
} from "@/db/sign-in-throttle";
import type { ErrorCode } from "@/lib/errors";

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
  const email = await bodyEmail(request);
  const address = clientAddress(request);
  const locale = localeFromAcceptLanguage(request.headers.get("accept-language"));
  const wait = await signInRetryAfter(email, address);
  if (wait > 0) return tooMany("rate_limited.sign_in", wait, request);
  // One look-up serves the refusal of a disabled account and the history of a failed sign-in.
  const target = email ? await findAccountByEmail(email) : null;
  if (target?.disabled) {
    return Response.json(errorBody(appError("forbidden.account_disabled"), locale), { status: 403 });
  }
  const response = await auth.handler(request);
  if (response.status === 401 || response.status === 403) {
    await recordSignInFailure(email, address);
    if (target) await recordFailedSignIn(target, address);
  } else if (response.ok && email) await clearSignInFailures(email);
  return response;
}

/**
 * A failed sign-in to an existing account, in its history (administrators read it with the client's address).
 * Attempts on addresses without an account are only counted by the throttle: a log of them would collect
 * strangers' addresses and tell nobody anything.
 */
async function recordFailedSignIn(target: { id: string; email: string }, address: string): Promise<void> {
  await insertAccountEvent(await getDb(), {
    userId: target.id,
    userEmail: target.email,
    actorId: null,
    actorName: "",
    kind: "sign_in_failed",
    detail: address,
  });
}

/** The body's `email`, normalized; "" when there is none (better-auth answers a malformed body with its 400). */
async function bodyEmail(request: Request): Promise<string> {
  try {
    const body = (await request.clone().json()) as { email?: unknown };
    return typeof body.email === "string" ? body.email.trim().toLowerCase() : "";
  } catch {
    return "";
  }
}

function tooMany(code: ErrorCode, seconds: number, request: Request): Response {
  const locale = localeFromAcceptLanguage(request.headers.get("accept-language"));
  return Response.json(errorBody(appError(code, { seconds }), locale), {
    status: 429,
    headers: { "Retry-After": String(seconds) },
  });
}

/**
 * better-auth's password reset request, limited per address asked for and per client address in the
 * database (every app server counts the same requests). Every request counts, whether the address has an
 * account or not, so the answer never tells which addresses do.
 */
export async function requestPasswordResetWithThrottle(auth: Auth, request: Request): Promise<Response> {
  const email = await bodyEmail(request);
  const address = clientAddress(request);
  const wait = await signInRetryAfter(email, address, PASSWORD_RESET_POLICY);
  if (wait > 0) return tooMany("rate_limited.password_reset", wait, request);
  await recordSignInFailure(email, address, PASSWORD_RESET_POLICY);
  return auth.handler(request);
}
