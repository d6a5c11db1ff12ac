import "server-only";
import {
  countStatesByRegion,
  findCycleYear,
  findMemberState,
  listAnswersWithStatus,
  listCyclesWithScores,
  listRegionAnswersWithStatus,
  listScoresWithStatus,
  listStatesWithScores,
  type CycleAnswersRow,
  type RegionAnswers,
  type StoredScoreColumns,
} from "@/db/queries/analysis";
import { getDb, type Executor } from "@/db/transaction";
import { regionFigures, type RegionFigures } from "@/lib/analysis/averages";
import { countedStatuses, type Include } from "@/lib/analysis/counting";
import type { CycleScoreRow } from "@/lib/analysis/types";
import type { Actor } from "@/lib/assessment/actor";
import { SHARED_WITH_BDT, isSharedWithBdt } from "@/lib/assessment/sharing";
import type { AssessmentStatus } from "@/lib/assessment/status";
import { appError } from "@/lib/errors";
import { CURRENT_FRAMEWORK } from "@/lib/framework";
import { REGIONS } from "@/lib/reference/regions";
import { shownScores, type ScoreKind } from "@/lib/analysis/score-kind";
import { cycleAnswersToCsv } from "@/lib/analysis/cycle-answers-csv";
import { StampedCache } from "@/lib/cache/stamped-cache";
import { markDemoCsv } from "@/lib/demo/marker";
import { frameworkOf } from "@/lib/framework";
import { assertBdt, hidesSmallGroupAverages } from "./access";
import { stampedCycleRead, type Tagged } from "./cycle-stamp";
import { hasDemoData } from "./demo-data";

export type { CycleAnswersRow, RegionAnswers } from "@/db/queries/analysis";
export type { RegionFigures } from "@/lib/analysis/averages";
export type { Include } from "@/lib/analysis/counting";
export type { Tagged } from "./cycle-stamp";

// Per process, per cycle (and reader variant). Bounded: a cycle's answers export is a few MB.
const scoresCache = new StampedCache<CycleScores>(64);
const regionsCache = new StampedCache<RegionFigures[]>(256);
const answersCsvCache = new StampedCache<string>(8);

/** One state's row in a cycle: scores are null until the state shares its assessment with BDT. */
export type StateScoreRow = CycleScoreRow;

export interface StateCycleRow {
  cycle: number;
  status: AssessmentStatus;
  /** Null while the assessment is a draft or not started, as in `listCycleScores`. */
  overall: number | null;
  tier: { level: number; name: string } | null;
  pillars: Record<string, number> | null;
  scoreKind: ScoreKind | null;
}

export interface StateScoreHistory {
  iso3: string;
  name: string;
  region: string;
  cycles: StateCycleRow[];
}

async function requireCycle(ex: Executor, cycle: number): Promise<void> {
  if ((await findCycleYear(ex, cycle)) === undefined) throw appError("not_found.cycle", { cycle });
}

/** The stored scores BDT may see: none of a draft, nor of a state that has not started (it has none). */
function sharedScores(assessment: StoredScoreColumns | null) {
  const status = assessment?.status ?? "not_started";
  return { status, shared: assessment !== null && isSharedWithBdt(status) ? assessment : null };
}

export interface CycleScores {
  rows: StateScoreRow[];
  /** Whether the database holds the demo data set (the rows' figures are not real). */
  demo: boolean;
}

/**
 * Every Member State's status and stored scores in a cycle (BDT only), with the entity tag of
 * the cycle's data: served from memory while the cycle's change stamp is unchanged.
 */
export async function readCycleScores(actor: Actor, cycle: number): Promise<Tagged<CycleScores>> {
  assertBdt(actor);
  return stampedCycleRead(scoresCache, cycle, "scores:bdt", async () => {
    const [rows, demo] = await Promise.all([computeCycleScores(cycle), hasDemoData()]);
    return { rows, demo };
  });
}

/** Every Member State's status and stored scores in a cycle (BDT only). */
export async function listCycleScores(actor: Actor, cycle: number): Promise<StateScoreRow[]> {
  return (await readCycleScores(actor, cycle)).value.rows;
}

async function computeCycleScores(cycle: number): Promise<StateScoreRow[]> {
  const db = await getDb();
  return (await listStatesWithScores(db, cycle)).map(({ iso3, name, region, assessment }) => {
    const { status, shared } = sharedScores(assessment);
    const shown = shared && shownScores(shared);
    return {
      iso3,
      name,
      region,
      status,
      overall: shown && shown.overall,
      tier: shown && shown.tier,
      pillars: shown && shown.pillars,
      outcomes: shown && shown.outcomes,
      completion: assessment?.completion ?? 0,
      scoreKind: shown && shown.scoreKind,
    };
  });
}

/**
 * Per BDT region: how many states, how many counted, and the plain means of the
 * counted states' stored scores (lib/analysis/averages). Focal points may read
 * it, but a region with fewer than three counted states shows them no averages.
 */
export async function listRegionalAverages(actor: Actor, cycle: number, include: Include): Promise<RegionFigures[]> {
  return (await readRegionalAverages(actor, cycle, include)).value;
}

/** `listRegionalAverages` with the entity tag of the cycle's data, per what the reader may see. */
export async function readRegionalAverages(
  actor: Actor,
  cycle: number,
  include: Include,
): Promise<Tagged<RegionFigures[]>> {
  const hidden = hidesSmallGroupAverages(actor);
  return stampedCycleRead(regionsCache, cycle, `regions:${include}:${hidden ? "small-groups-hidden" : "all"}`, () =>
    computeRegionalAverages(cycle, include, hidden),
  );
}

async function computeRegionalAverages(cycle: number, include: Include, hidden: boolean): Promise<RegionFigures[]> {
  const db = await getDb();
  const [counted, states] = await Promise.all([
    listScoresWithStatus(db, cycle, countedStatuses(include)),
    countStatesByRegion(db),
  ]);
  return regionFigures(
    REGIONS.map((r) => ({ id: r.id, states: states.get(r.id) ?? 0 })),
    counted,
    {
      pillars: CURRENT_FRAMEWORK.pillars.map((p) => p.id),
      outcomes: CURRENT_FRAMEWORK.outcomes.map((o) => o.id),
      tierLevels: CURRENT_FRAMEWORK.tiers.map((t) => t.level),
    },
    hidden,
  );
}

/** Every assessment of a cycle shared with BDT, with its answers, for the cycle's answers export (BDT only). */
export async function listCycleAnswers(actor: Actor, cycle: number): Promise<CycleAnswersRow[]> {
  assertBdt(actor);
  const db = await getDb();
  await requireCycle(db, cycle);
  return listAnswersWithStatus(db, cycle, SHARED_WITH_BDT);
}

/**
 * The cycle's answers export as CSV (BDT only), with the entity tag of the cycle's data: one row
 * per shared assessment and question, marked when the figures are demo data.
 */
export async function readCycleAnswersCsv(actor: Actor, cycle: number): Promise<Tagged<string>> {
  assertBdt(actor);
  return stampedCycleRead(answersCsvCache, cycle, "answers-csv:bdt", async () => {
    const db = await getDb();
    const [rows, demo] = await Promise.all([listAnswersWithStatus(db, cycle, SHARED_WITH_BDT), hasDemoData()]);
    return markDemoCsv(cycleAnswersToCsv(rows.map((r) => ({ ...r, framework: frameworkOf(r.frameworkId) }))), demo);
  });
}

/** The answers of a region's counted assessments in a cycle: the heat map's cells (BDT only). */
export async function listRegionAnswers(
  actor: Actor,
  cycle: number,
  region: string,
  include: Include,
): Promise<RegionAnswers> {
  assertBdt(actor);
  const db = await getDb();
  await requireCycle(db, cycle);
  return listRegionAnswersWithStatus(db, cycle, region, countedStatuses(include));
}

/** One Member State's status and scores in every cycle, oldest first (BDT only). */
export async function listStateScoreHistory(actor: Actor, iso3: string): Promise<StateScoreHistory> {
  assertBdt(actor);
  const db = await getDb();
  const state = await findMemberState(db, iso3);
  if (!state) throw appError("not_found.member_state", { iso3 });
  return {
    ...state,
    cycles: (await listCyclesWithScores(db, iso3)).map(({ cycle, assessment }) => {
      const { status, shared } = sharedScores(assessment);
      const shown = shared && shownScores(shared);
      return {
        cycle,
        status,
        overall: shown && shown.overall,
        tier: shown && shown.tier,
        pillars: shown && shown.pillars,
        scoreKind: shown && shown.scoreKind,
      };
    }),
  };
}
