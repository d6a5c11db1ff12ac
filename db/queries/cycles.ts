import "server-only";
import { desc } from "drizzle-orm";
import { getDb } from "../index";
import { cycles } from "../schema";

export interface CycleSummary {
  year: number;
  status: "open" | "closed";
}

/** All cycles, newest first. */
export async function listCycles(): Promise<CycleSummary[]> {
  const db = await getDb();
  const rows = await db.select({ year: cycles.year, status: cycles.status }).from(cycles).orderBy(desc(cycles.year));
  return rows.map((r) => ({ year: r.year, status: r.status === "open" ? "open" : "closed" }));
}

/** The cycle focal points answer now: the newest open one, or null when every cycle is closed. */
export async function getOpenCycle(): Promise<number | null> {
  const open = (await listCycles()).find((c) => c.status === "open");
  return open?.year ?? null;
}
