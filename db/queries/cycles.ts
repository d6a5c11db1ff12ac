import "server-only";
import { desc } from "drizzle-orm";
import { StampedCache } from "@/lib/cache/stamped-cache";
import type { CycleStatus } from "@/lib/results/open-cycle";
import { getConnection } from "../index";
import { readUntilNextWrite } from "../read-memo";
import { cycles } from "../schema";

/** The cycles read since the last write (PGlite): the header of nearly every page and most reads ask. */
const cycleLists = new StampedCache<readonly CycleStatus[]>(1);

/** All cycles, newest first; kept in memory until the next write on PGlite. */
export async function listCycleRows(): Promise<CycleStatus[]> {
  const connection = await getConnection();
  const rows = await readUntilNextWrite(connection, cycleLists, "all", async () => {
    const found = await connection.db
      .select({ year: cycles.year, status: cycles.status })
      .from(cycles)
      .orderBy(desc(cycles.year));
    return found.map((r): CycleStatus => ({ year: r.year, status: r.status === "open" ? "open" : "closed" }));
  });
  // A copy for each caller: the kept list is shared.
  return rows.map((r) => ({ ...r }));
}
