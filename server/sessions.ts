import "server-only";
import { getDb } from "@/db/index";
import { deleteSession, listSessionRows } from "@/db/queries/sessions";
import type { Actor } from "@/lib/assessment/actor";
import type { SessionView } from "@/lib/auth/session-view";
import { describeUserAgent } from "@/lib/auth/user-agent";
import { appError } from "@/lib/errors";
import { assertSessionActor } from "./access";

/** The signed-in user's open sessions, the most recently renewed first; `currentId` marks this browser's. */
export async function listOwnSessions(actor: Actor, currentId: string | null): Promise<SessionView[]> {
  assertSessionActor(actor);
  const rows = await listSessionRows(await getDb(), actor.userId);
  return rows.map((r) => ({
    id: r.id,
    device: describeUserAgent(r.userAgent),
    ipAddress: r.ipAddress || null,
    createdAt: r.createdAt.toISOString(),
    lastSeenAt: r.updatedAt.toISOString(),
    current: r.id === currentId,
  }));
}

/** Ends one of the user's own sessions (that browser must sign in again); another's is "not found". */
export async function endOwnSession(actor: Actor, sessionId: string): Promise<void> {
  assertSessionActor(actor);
  if (!(await deleteSession(await getDb(), actor.userId, sessionId))) throw appError("not_found.session");
}
