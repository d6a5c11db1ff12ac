import { sql } from "drizzle-orm";
import { MEMBER_STATES } from "@/lib/reference";
import type { Database } from "../client";
import { cycles, memberStates } from "../schema";

/** The year whose cycle a new database opens with. */
export function currentCycleYear(now = new Date()): number {
  return now.getUTCFullYear();
}

/**
 * Reference data every database needs. Idempotent: an existing state keeps the
 * region an administrator gave it; a database with no cycle gets the current one, open.
 */
export async function seedReferenceData(db: Database): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .insert(memberStates)
      .values(
        MEMBER_STATES.map((s) => ({
          iso3: s.iso3,
          iso2: s.iso2,
          numeric: s.numeric,
          region: s.region,
          nameEn: s.names.en,
          nameFr: s.names.fr,
          nameEs: s.names.es,
          nameRu: s.names.ru,
          nameZh: s.names.zh,
          nameAr: s.names.ar,
        })),
      )
      .onConflictDoNothing({ target: memberStates.iso3 });
    const [{ count }] = (await tx.select({ count: sql<number>`count(*)::int` }).from(cycles)) as [{ count: number }];
    if (count === 0) {
      await tx.insert(cycles).values({ year: currentCycleYear(), status: "open" }).onConflictDoNothing();
    }
  });
}
