import "server-only";
import { loadActor } from "@/db/queries/users";
import type { Actor } from "@/lib/assessment/actor";
import { bearerToken } from "@/lib/auth/api-token";
import { ENROLMENT_PATH, mustEnrolTwoFactor } from "@/lib/auth/two-factor";
import { appError } from "@/lib/errors";
import { assertTokenMayUseMethod } from "./access";
import { actorFromApiToken } from "./api-tokens";
import { getAuth } from "./auth";

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
  const session = await auth.api.getSession({ headers: requestHeaders });
  if (!session) return null;
  const actor = await loadActor(session.user.id);
  if (actor && !options.beforeEnrolment) assertEnrolled(actor);
  return actor;
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
