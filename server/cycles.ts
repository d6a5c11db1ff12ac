import "server-only";
import { countAssessmentsByFramework } from "@/db/queries/assessments";
import { listCycleRows } from "@/db/queries/cycles";
import { getDb } from "@/db/transaction";
import { cycleFrameworkId } from "@/lib/framework";
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

/** The questionnaire version each cycle is read with (see `cycleFrameworkId`), newest cycle first. */
export async function listCycleFrameworks(): Promise<{ cycle: number; frameworkId: string }[]> {
  const db = await getDb();
  return Promise.all(
    (await listCycles()).map(async (c) => ({
      cycle: c.year,
      frameworkId: cycleFrameworkId(c.status === "open", await countAssessmentsByFramework(db, c.year)),
    })),
  );
}
