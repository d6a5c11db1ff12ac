import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import { regionFigures, type RegionFigures } from "@/lib/analysis/averages";
import type { Actor } from "@/lib/assessment/actor";
import type { AssessmentStatus } from "@/lib/assessment/status";
import { CURRENT_FRAMEWORK } from "@/lib/framework";
import { REGIONS } from "@/lib/reference/regions";
import { assertRole } from "../authorization";
import { NotFoundError } from "../errors";
import { getDb } from "../index";
import { assessments, cycles, memberStates } from "../schema/index";

export interface StateScoreRow {
  iso3: string;
  name: string;
  region: string;
  status: AssessmentStatus;
  /** Null while the assessment is a draft or not started: its scores stay with the state. */
  overall: number | null;
  tier: { level: number; name: string } | null;
  pillars: Record<string, number> | null;
  outcomes: Record<string, number> | null;
  completion: number;
}

async function assertCycle(cycle: number) {
  const db = await getDb();
  const [row] = await db.select({ year: cycles.year }).from(cycles).where(eq(cycles.year, cycle));
  if (!row) throw new NotFoundError(`There is no ${cycle} assessment cycle.`);
}

/** Every Member State's status and stored scores in a cycle (BDT only). */
export async function listCycleScores(actor: Actor, cycle: number): Promise<StateScoreRow[]> {
  assertRole(actor, ["analyst", "admin"], "read every state's scores");
  await assertCycle(cycle);
  const db = await getDb();
  const rows = await db
    .select({
      iso3: memberStates.iso3,
      name: memberStates.nameEn,
      region: memberStates.region,
      a: assessments,
    })
    .from(memberStates)
    .leftJoin(assessments, and(eq(assessments.iso3, memberStates.iso3), eq(assessments.cycle, cycle)))
    .orderBy(asc(memberStates.nameEn));
  return rows.map(({ iso3, name, region, a }) => {
    const status = (a?.status ?? "not_started") as AssessmentStatus;
    const shared = a !== null && status !== "draft";
    return {
      iso3,
      name,
      region,
      status,
      overall: shared ? a.overall : null,
      tier: shared ? { level: a.tierLevel, name: a.tierName } : null,
      pillars: shared ? a.pillarScores : null,
      outcomes: shared ? a.outcomeScores : null,
      completion: a?.completion ?? 0,
    };
  });
}

/**
 * Per BDT region: how many states, how many counted, and the plain means of the
 * counted states' stored scores. Focal points may read it, but a region with
 * fewer than three counted states shows them no averages.
 */
export async function listRegionalAverages(
  actor: Actor,
  cycle: number,
  include: "validated" | "submitted",
): Promise<RegionFigures[]> {
  await assertCycle(cycle);
  const db = await getDb();
  const statuses = include === "submitted" ? ["validated", "submitted"] : ["validated"];
  const [counted, states] = await Promise.all([
    db
      .select({
        iso3: assessments.iso3,
        region: memberStates.region,
        overall: assessments.overall,
        tierLevel: assessments.tierLevel,
        pillars: assessments.pillarScores,
        outcomes: assessments.outcomeScores,
      })
      .from(assessments)
      .innerJoin(memberStates, eq(memberStates.iso3, assessments.iso3))
      .where(and(eq(assessments.cycle, cycle), inArray(assessments.status, statuses))),
    db.select({ region: memberStates.region }).from(memberStates),
  ]);
  const stateCount = (id: string) => states.filter((s) => s.region === id).length;
  return regionFigures(
    REGIONS.map((r) => ({ id: r.id, states: stateCount(r.id) })),
    counted,
    {
      pillars: CURRENT_FRAMEWORK.pillars.map((p) => p.id),
      outcomes: CURRENT_FRAMEWORK.outcomes.map((o) => o.id),
      tierLevels: CURRENT_FRAMEWORK.tiers.map((t) => t.level),
    },
    actor.role === "focal_point",
  );
}
