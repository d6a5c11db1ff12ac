import "server-only";
import { and, asc, eq, isNull, lt, or, sql } from "drizzle-orm";
import { apiTokens } from "../schema/index";
import type { Executor } from "../transaction";

/** Personal API tokens: data access only; server/api-tokens.ts decides who may do what. */

export async function insertApiToken(
  ex: Executor,
  row: { id: string; userId: string; name: string; secretSha256: string; write: boolean; expiresAt: Date },
): Promise<void> {
  await ex.insert(apiTokens).values(row);
}

export async function listApiTokenRows(ex: Executor, userId: string) {
  return ex
    .select({
      id: apiTokens.id,
      name: apiTokens.name,
      write: apiTokens.write,
      createdAt: apiTokens.createdAt,
      expiresAt: apiTokens.expiresAt,
      lastUsedAt: apiTokens.lastUsedAt,
    })
    .from(apiTokens)
    .where(eq(apiTokens.userId, userId))
    .orderBy(asc(apiTokens.createdAt), asc(apiTokens.name));
}

export async function findApiToken(ex: Executor, id: string) {
  const [row] = await ex.select().from(apiTokens).where(eq(apiTokens.id, id));
  return row;
}

/** Deletes the user's token; false when they have none with that id. */
/** Deletes one of the user's tokens; returns its name, or null when the user has no such token. */
export async function deleteApiToken(ex: Executor, userId: string, id: string): Promise<string | null> {
  const [deleted] = await ex
    .delete(apiTokens)
    .where(and(eq(apiTokens.id, id), eq(apiTokens.userId, userId)))
    .returning({ name: apiTokens.name });
  return deleted?.name ?? null;
}

/** Records a use, at most once a minute, so that reads do not each write a row. */
export async function touchApiToken(ex: Executor, id: string): Promise<void> {
  await ex
    .update(apiTokens)
    .set({ lastUsedAt: sql`now()` })
    .where(
      and(
        eq(apiTokens.id, id),
        or(isNull(apiTokens.lastUsedAt), lt(apiTokens.lastUsedAt, sql`now() - interval '1 minute'`)),
      ),
    );
}
