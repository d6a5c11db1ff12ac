import "server-only";
import type { StampedCache } from "@/lib/cache/stamped-cache";
import type { Connection } from "./client";

/**
 * `read()`'s answer, kept in this process's memory until the database is next sent a statement that may
 * write; on a Postgres server, `read()` every time.
 *
 * Why this is exact on PGlite: one process owns the data folder, so every write passes through this
 * process's connection, and PGlite runs statements one at a time in the order they are sent (a
 * transaction holds the database until it ends). The write stamp moves as a writing statement is sent,
 * before it runs; a read that took the old stamp was sent before the write and saw the database without
 * it, and every read sent after the stamp moved waits for the write (and its transaction) to end. A
 * Postgres server has other writers (more app servers), so nothing is kept there.
 */
export function readUntilNextWrite<T>(
  connection: Connection,
  cache: StampedCache<T>,
  key: string,
  read: () => Promise<T>,
): Promise<T> {
  return connection.writeStamp ? cache.get(key, connection.writeStamp(), read) : read();
}
