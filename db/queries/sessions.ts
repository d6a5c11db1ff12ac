import "server-only";
import { and, desc, eq, gt } from "drizzle-orm";
import { session } from "../schema/index";
import type { Executor } from "../transaction";

/** better-auth's sessions of one account: data access only; server/sessions.ts decides who may. */

export async function listSessionRows(ex: Executor, userId: string) {
  return ex
    .select({
      id: session.id,
      createdAt: session.createdAt,
      updatedAt: session.updatedAt,
      ipAddress: session.ipAddress,
      userAgent: session.userAgent,
    })
    .from(session)
    .where(and(eq(session.userId, userId), gt(session.expiresAt, new Date())))
    .orderBy(desc(session.updatedAt));
}

/** Ends one of the user's sessions; false when they have none with that id. */
export async function deleteSession(ex: Executor, userId: string, id: string): Promise<boolean> {
  const deleted = await ex
    .delete(session)
    .where(and(eq(session.id, id), eq(session.userId, userId)))
    .returning({ id: session.id });
  return deleted.length > 0;
}
