import "server-only";
import type { Database } from "./client";
import { getDb } from "./index";

export type Tx = Parameters<Parameters<Database["transaction"]>[0]>[0];
/** A connection or an open transaction: every query function takes one, so a service can group them. */
export type Executor = Database | Tx;

/** Runs `fn` in one transaction: all of its writes land, or none. */
export async function inTransaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
  return (await getDb()).transaction(fn);
}

/** Postgres' unique_violation, as both drivers report it. */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; cause?: { code?: string } } | undefined;
  return (e?.code ?? e?.cause?.code) === "23505";
}

export { getDb };
