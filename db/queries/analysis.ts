import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import { regionFigures, type RegionFigures } from "@/lib/analysis/averages";
import { countedStatuses, type Include } from "@/lib/analysis/counting";
import type { Actor } from "@/lib/assessment/actor";
import type { AssessmentStatus } from "@/lib/assessment/status";
import { CURRENT_FRAMEWORK } from "@/lib/framework";
import { REGIONS } from "@/lib/reference/regions";
import { assertRole } from "../authorization";
import { NotFoundError } from "../errors";
import { getDb } from "../index";
import { answers, assessments, cycles, memberStates } from "../schema/index";

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
      // Only the columns the rows show: every analyst read parses 193 of them (see docs/benchmarks.md).
      a: {
        status: assessments.status,
        overall: assessments.overall,
        tierLevel: assessments.tierLevel,
        tierName: assessments.tierName,
        pillarScores: assessments.pillarScores,
        outcomeScores: assessments.outcomeScores,
        completion: assessments.completion,
      },
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
export async function listRegionalAverages(actor: Actor, cycle: number, include: Include): Promise<RegionFigures[]> {
  await assertCycle(cycle);
  const db = await getDb();
  const statuses = [...countedStatuses(include)];
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

/** Assessments BDT may read the answers of: submitted, returned or validated. Drafts stay with their state. */
const SHARED_STATUSES: AssessmentStatus[] = ["submitted", "returned", "validated"];

export interface CycleAnswersRow {
  iso3: string;
  region: string;
  status: AssessmentStatus;
  frameworkId: string;
  answers: { questionId: string; value: string | null; evidence: string[] }[];
}

/** Every shared assessment of a cycle with its answers, for the cycle's answers export (BDT only). */
export async function listCycleAnswers(actor: Actor, cycle: number): Promise<CycleAnswersRow[]> {
  assertRole(actor, ["analyst", "admin"], "export every state's answers");
  await assertCycle(cycle);
  const db = await getDb();
  const rows = await db
    .select({
      id: assessments.id,
      iso3: assessments.iso3,
      region: memberStates.region,
      status: assessments.status,
      frameworkId: assessments.frameworkId,
      questionId: answers.questionId,
      value: answers.value,
      evidence: answers.evidence,
    })
    .from(assessments)
    .innerJoin(memberStates, eq(memberStates.iso3, assessments.iso3))
    .leftJoin(answers, eq(answers.assessmentId, assessments.id))
    .where(and(eq(assessments.cycle, cycle), inArray(assessments.status, SHARED_STATUSES)))
    .orderBy(asc(assessments.iso3));
  const byAssessment = new Map<string, CycleAnswersRow>();
  for (const r of rows) {
    let entry = byAssessment.get(r.id);
    if (!entry) {
      entry = {
        iso3: r.iso3,
        region: r.region,
        status: r.status as AssessmentStatus,
        frameworkId: r.frameworkId,
        answers: [],
      };
      byAssessment.set(r.id, entry);
    }
    if (r.questionId !== null)
      entry.answers.push({ questionId: r.questionId, value: r.value, evidence: r.evidence ?? [] });
  }
  return [...byAssessment.values()];
}

export interface RegionAnswers {
  /** The region's states whose assessment is counted, by name. */
  states: { iso3: string; name: string; status: AssessmentStatus; frameworkId: string }[];
  answers: { iso3: string; questionId: string; value: string | null; evidence: string[] }[];
}

/** The answers of a region's counted assessments in a cycle: the heat map's cells (BDT only). */
export async function listRegionAnswers(
  actor: Actor,
  cycle: number,
  region: string,
  include: Include,
): Promise<RegionAnswers> {
  assertRole(actor, ["analyst", "admin"], "compare the answers of a region's states");
  await assertCycle(cycle);
  const db = await getDb();
  const counted = and(
    eq(assessments.cycle, cycle),
    eq(memberStates.region, region),
    inArray(assessments.status, [...countedStatuses(include)]),
  );
  const [states, answerRows] = await Promise.all([
    db
      .select({
        iso3: assessments.iso3,
        name: memberStates.nameEn,
        status: assessments.status,
        frameworkId: assessments.frameworkId,
      })
      .from(assessments)
      .innerJoin(memberStates, eq(memberStates.iso3, assessments.iso3))
      .where(counted)
      .orderBy(asc(memberStates.nameEn)),
    db
      .select({
        iso3: assessments.iso3,
        questionId: answers.questionId,
        value: answers.value,
        evidence: answers.evidence,
      })
      .from(answers)
      .innerJoin(assessments, eq(assessments.id, answers.assessmentId))
      .innerJoin(memberStates, eq(memberStates.iso3, assessments.iso3))
      .where(counted),
  ]);
  return {
    states: states.map((s) => ({ ...s, status: s.status as AssessmentStatus })),
    answers: answerRows,
  };
}

export interface StateCycleRow {
  cycle: number;
  status: AssessmentStatus;
  /** Null while the assessment is a draft or not started, as in `listCycleScores`. */
  overall: number | null;
  tier: { level: number; name: string } | null;
  pillars: Record<string, number> | null;
}

/** One Member State's status and scores in every cycle, oldest first (BDT only). */
export async function listStateScoreHistory(
  actor: Actor,
  iso3: string,
): Promise<{ iso3: string; name: string; region: string; cycles: StateCycleRow[] }> {
  assertRole(actor, ["analyst", "admin"], "follow a state's scores across cycles");
  const db = await getDb();
  const [state] = await db
    .select({ iso3: memberStates.iso3, name: memberStates.nameEn, region: memberStates.region })
    .from(memberStates)
    .where(eq(memberStates.iso3, iso3));
  if (!state) throw new NotFoundError(`No ITU Member State has the code ${iso3}.`);
  const rows = await db
    .select({ cycle: cycles.year, a: assessments })
    .from(cycles)
    .leftJoin(assessments, and(eq(assessments.cycle, cycles.year), eq(assessments.iso3, iso3)))
    .orderBy(asc(cycles.year));
  return {
    ...state,
    cycles: rows.map(({ cycle, a }) => {
      const status = (a?.status ?? "not_started") as AssessmentStatus;
      const shared = a !== null && status !== "draft";
      return {
        cycle,
        status,
        overall: shared ? a.overall : null,
        tier: shared ? { level: a.tierLevel, name: a.tierName } : null,
        pillars: shared ? a.pillarScores : null,
      };
    }),
  };
}
