import "server-only";
import { getAuth } from "@/db/auth";
import { loadActor } from "@/db/queries/users";
import type { Actor } from "@/lib/assessment/actor";
import { bearerToken } from "@/lib/auth/api-token";
import { assertTokenMayUseMethod } from "./access";
import { actorFromApiToken } from "./api-tokens";

/** The signed-in user behind these request headers, or null. A disabled account has no session. */
export async function actorFromHeaders(requestHeaders: Headers): Promise<Actor | null> {
  const auth = await getAuth();
  const session = await auth.api.getSession({ headers: requestHeaders });
  if (!session) return null;
  return loadActor(session.user.id);
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
  assertTokenMayUseMethod(actor, request.method);
  return actor;
}
