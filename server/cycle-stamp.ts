import "server-only";
import { createHash } from "node:crypto";
import { readCycleChangeStamp } from "@/db/queries/analysis";
import { entityTag } from "@/lib/api/etag";
import { StampedCache } from "@/lib/cache/stamped-cache";
import { appError } from "@/lib/errors";

/** A read's value and the entity tag that changes exactly when the value may have. */
export interface Tagged<T> {
  etag: string;
  value: T;
}

/**
 * A per-cycle figure served from this process's memory while the cycle's change stamp
 * (`readCycleChangeStamp`: one query, none on PGlite while nothing was written) is unchanged, and computed again when it moves.
 * `variant` names the read and what else its value depends on (who reads, which statuses count): it
 * is part of the cache key and of the entity tag, so two readers who see different
 * figures never share either. Call it after the access check: a 304 is an answer too.
 */
export async function stampedCycleRead<T>(
  cache: StampedCache<T>,
  cycle: number,
  variant: string,
  compute: () => Promise<T>,
): Promise<Tagged<T>> {
  const stamp = await readCycleChangeStamp(cycle);
  if (stamp === undefined) throw appError("not_found.cycle", { cycle });
  const key = `${cycle}:${variant}`;
  const value = await cache.get(key, stamp, compute);
  // Hashed: the stamp holds row counts and times that are nobody's business.
  const etag = entityTag(createHash("sha256").update(`${key}\n${stamp}`).digest("base64url").slice(0, 32));
  return { etag, value };
}
