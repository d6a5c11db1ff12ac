import "server-only";
import { listCycleRows } from "@/db/queries/cycles";
import { openCycle, resultsCycle, type CycleStatus } from "@/lib/results/open-cycle";

/** Assessment cycles are public reference data: no actor is needed to list them. */
export type CycleSummary = CycleStatus;

/** All cycles, newest first. */
export async function listCycles(): Promise<CycleSummary[]> {
  return listCycleRows();
}

/** The cycle focal points answer now, or null when every cycle is closed. */
export async function getOpenCycle(): Promise<number | null> {
  return openCycle(await listCycles());
}

/** The cycle results, reviews and plans open on by default. */
export async function getResultsCycle(): Promise<number | null> {
  return resultsCycle(await listCycles());
}
