import "server-only";
import { constantTimeEqual, makeSignature } from "better-auth/crypto";
import { parseCookies } from "better-auth/cookies";
import { findSessionActor, loadActor } from "@/db/queries/users";
import type { Actor } from "@/lib/assessment/actor";
import { bearerToken } from "@/lib/auth/api-token";
import { ENROLMENT_PATH, mustEnrolTwoFactor } from "@/lib/auth/two-factor";
import { appError } from "@/lib/errors";
import { assertTokenMayUseMethod } from "./access";
import { actorFromApiToken } from "./api-tokens";
import { getAuth, type Auth } from "./auth";

/**
 * The signed-in user behind these request headers, or null. A disabled account has no session.
 * A BDT account without its required second factor is refused (`forbidden.two_factor_enrolment`)
 * unless the caller is the enrolment itself (`beforeEnrolment`).
 */
export async function actorFromHeaders(
  requestHeaders: Headers,
  options: { beforeEnrolment?: boolean } = {},
): Promise<Actor | null> {
  const auth = await getAuth();
  let actor = await actorFromSessionCookie(auth, requestHeaders);
  if (actor === undefined) {
    const session = await auth.api.getSession({ headers: requestHeaders });
    actor = session ? await loadActor(session.user.id) : null;
  }
  if (actor && !options.beforeEnrolment) assertEnrolled(actor);
  return actor;
}

/**
 * The common case of better-auth's `getSession`, in one query: the session cookie's signature checked
 * with better-auth's own signing function and secret, then the session and its account read together.
 * Every request of a signed-in user asks this, so it matters that it costs one query and not four (the
 * session, its user, our account row, and better-auth's machinery around them).
 * It answers only what it is sure of; undefined hands the request to `getSession` itself: no session
 * cookie or a signature that does not verify, a session it would refresh (older than its update age) or
 * remove (expired), a token it does not know, or a "don't remember me" session. A request without any
 * cookie has no session.
 */
async function actorFromSessionCookie(auth: Auth, requestHeaders: Headers): Promise<Actor | null | undefined> {
  const cookieHeader = requestHeaders.get("cookie");
  if (!cookieHeader) return null;
  const context = await auth.$context;
  const cookies = parseCookies(cookieHeader);
  if (cookies.has(context.authCookies.dontRememberToken.name)) return undefined;
  const signed = cookies.get(context.authCookies.sessionToken.name);
  const token = signed === undefined ? null : await verifiedCookieValue(signed, context.secret);
  if (token === null) return undefined;
  const found = await findSessionActor(token);
  if (!found) return undefined;
  const { expiresIn, updateAge } = context.sessionConfig;
  const now = Date.now();
  if (found.expiresAt.valueOf() <= now) return undefined;
  if (found.expiresAt.valueOf() - expiresIn * 1000 + updateAge * 1000 <= now) return undefined;
  return found.actor;
}

/**
 * Signed cookies whose signature verified, with their value and the secret it verified under: a value's
 * signature under one secret never changes, so a browser's cookie is checked once, not on each of its
 * requests (the check imports the key every time, a fifth of a millisecond). Bounded; the oldest is
 * forgotten first. Cookies that fail are not kept, so nobody can fill this with forgeries.
 */
const verifiedCookies = new Map<string, { secret: string; value: string }>();
const VERIFIED_COOKIES_KEPT = 1000;

/** A signed cookie's value when its signature is better-auth's (as better-call's `getSignedCookie` checks it), else null. */
async function verifiedCookieValue(signed: string, secret: string): Promise<string | null> {
  const known = verifiedCookies.get(signed);
  if (known?.secret === secret) return known.value;
  const value = await checkSignature(signed, secret);
  if (value === null) return null;
  if (verifiedCookies.size >= VERIFIED_COOKIES_KEPT) verifiedCookies.delete(verifiedCookies.keys().next().value!);
  verifiedCookies.set(signed, { secret, value });
  return value;
}

async function checkSignature(signed: string, secret: string): Promise<string | null> {
  const dot = signed.lastIndexOf(".");
  if (dot < 1) return null;
  const value = signed.slice(0, dot);
  const signature = signed.slice(dot + 1);
  if (signature.length !== 44 || !signature.endsWith("=")) return null;
  return constantTimeEqual(await makeSignature(value, secret), signature) ? value : null;
}

/** Refuses an account whose role requires a second factor it has not set up. */
export function assertEnrolled(actor: Actor): void {
  if (mustEnrolTwoFactor({ role: actor.role, twoFactorEnabled: actor.twoFactorEnabled ?? false }))
    throw appError("forbidden.two_factor_enrolment", { path: ENROLMENT_PATH });
}

/** The id of the browser session behind these headers (to mark "this session" in a list), or null. */
export async function currentSessionId(requestHeaders: Headers): Promise<string | null> {
  const auth = await getAuth();
  return (await auth.api.getSession({ headers: requestHeaders }))?.session.id ?? null;
}

/**
 * The actor behind a REST request: a personal API token (`Authorization: Bearer`) when one is
 * sent, else the browser session. A token that does not authorize is a 401 even beside a valid
 * cookie (the client meant the token); a read-only token is refused any method that changes data.
 */
export async function actorFromRequest(request: Request): Promise<Actor | null> {
  const token = bearerToken(request.headers.get("authorization"));
  if (token === null) return actorFromHeaders(request.headers);
  const actor = await actorFromApiToken(token);
  if (actor) assertEnrolled(actor);
  assertTokenMayUseMethod(actor, request.method);
  return actor;
}
