import "server-only";
import { getAuth } from "@/db/auth";
import { loadActor } from "@/db/queries/users";
import type { Actor } from "@/lib/assessment/actor";

/** The signed-in user behind these request headers, or null. A disabled account has no session. */
export async function actorFromHeaders(requestHeaders: Headers): Promise<Actor | null> {
  const auth = await getAuth();
  const session = await auth.api.getSession({ headers: requestHeaders });
  if (!session) return null;
  return loadActor(session.user.id);
}
