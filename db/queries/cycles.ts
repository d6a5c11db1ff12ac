import "server-only";
import { desc } from "drizzle-orm";
import type { CycleStatus } from "@/lib/results/open-cycle";
import { getDb } from "../index";
import { cycles } from "../schema";

/** All cycles, newest first. */
export async function listCycleRows(): Promise<CycleStatus[]> {
  const db = await getDb();
  const rows = await db.select({ year: cycles.year, status: cycles.status }).from(cycles).orderBy(desc(cycles.year));
  return rows.map((r) => ({ year: r.year, status: r.status === "open" ? "open" : "closed" }));
}
