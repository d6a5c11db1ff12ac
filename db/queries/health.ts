import "server-only";
import { sql } from "drizzle-orm";
import type { DatabaseKind } from "../client";
import { getConnection } from "../index";

/** Answers whether the database responds within the timeout, and which engine it is. */
export async function checkDatabase(
  timeoutMs = 3000,
): Promise<{ ok: true; kind: DatabaseKind } | { ok: false; error: string }> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    const connection = await Promise.race([getConnection(), timeout]);
    await Promise.race([connection.db.execute(sql`select 1`), timeout]);
    return { ok: true, kind: connection.kind };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  } finally {
    clearTimeout(timer);
  }
}
