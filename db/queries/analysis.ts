import "server-only";
import { and, asc, count, eq, inArray, sql } from "drizzle-orm";
import type { StateScores } from "@/lib/analysis/averages";
import type { AssessmentStatus } from "@/lib/assessment/status";
import {
  answers,
  appMeta,
  assessments,
  cyclePublications,
  cycles,
  memberStates,
  publicationConsents,
} from "../schema/index";
import { shownScores, type TwoStoredScores } from "@/lib/analysis/score-kind";
import { StampedCache } from "@/lib/cache/stamped-cache";
import { getConnection } from "../index";
import { readUntilNextWrite } from "../read-memo";
import type { Executor } from "../transaction";

/** The stored scores of one assessment, as BDT's lists read them. */
export interface StoredScoreColumns extends TwoStoredScores {
  status: AssessmentStatus;
  completion: number;
}

/** Both scores' columns (the self-assessed one, and the validated one once stored). */
export const scoreSelection = {
  status: assessments.status,
  overall: assessments.overall,
  tierLevel: assessments.tierLevel,
  tierName: assessments.tierName,
  pillarScores: assessments.pillarScores,
  outcomeScores: assessments.outcomeScores,
  completion: assessments.completion,
  validatedOverall: assessments.validatedOverall,
  validatedTierLevel: assessments.validatedTierLevel,
  validatedTierName: assessments.validatedTierName,
  validatedPillarScores: assessments.validatedPillarScores,
  validatedOutcomeScores: assessments.validatedOutcomeScores,
};

export interface StateWithAssessmentRow {
  iso3: string;
  name: string;
  region: string;
  /** Null when the state has not started its assessment of the cycle. */
  assessment: StoredScoreColumns | null;
}

export async function findCycleYear(ex: Executor, cycle: number): Promise<number | undefined> {
  const [row] = await ex.select({ year: cycles.year }).from(cycles).where(eq(cycles.year, cycle));
  return row?.year;
}

/**
 * The change stamp of everything a cycle's analyst reads are computed from, in one query; undefined when
 * the cycle does not exist. Its assessments: how many, the sum of their versions (every accepted change of
 * answers, scores, status or questionnaire version adds one) and their latest `updated_at`; the Member
 * States' latest `updated_at` (an administrator moving a state to another region); `app_meta` (the demo
 * data marker the answers carry); the cycle's publication date and its states' consents (issue 20). Any change to them changes the stamp.
 */
async function findCycleChangeStamp(ex: Executor, cycle: number): Promise<string | undefined> {
  const [row] = await ex
    .select({
      assessments: sql<string>`(select count(*) || '/' || coalesce(sum(${assessments.version}), 0) || '/' || coalesce(max(${assessments.updatedAt})::text, '') from ${assessments} where ${assessments.cycle} = ${cycles.year})`,
      states: sql<string>`(select count(*) || '/' || coalesce(max(${memberStates.updatedAt})::text, '') from ${memberStates})`,
      meta: sql<string>`(select count(*) || '/' || coalesce(max(${appMeta.updatedAt})::text, '') from ${appMeta})`,
      publication: sql<string>`(select coalesce(max(${cyclePublications.publishAt})::text, '') || '/' || coalesce(max(${cyclePublications.setAt})::text, '') from ${cyclePublications} where ${cyclePublications.cycle} = ${cycles.year}) || '/' || (select count(*) || '/' || coalesce(max(${publicationConsents.decidedAt})::text, '') from ${publicationConsents} where ${publicationConsents.cycle} = ${cycles.year})`,
    })
    .from(cycles)
    .where(eq(cycles.year, cycle));
  return row && `${row.assessments};${row.states};${row.meta};${row.publication}`;
}

/** Cycles' change stamps read since the last write (PGlite): every tagged analyst read asks for one. */
const cycleStamps = new StampedCache<string | undefined>(64);

/** `findCycleChangeStamp` on the process's connection; kept in memory until the next write on PGlite. */
export async function readCycleChangeStamp(cycle: number): Promise<string | undefined> {
  const connection = await getConnection();
  return readUntilNextWrite(connection, cycleStamps, String(cycle), () => findCycleChangeStamp(connection.db, cycle));
}

export async function findMemberState(
  ex: Executor,
  iso3: string,
): Promise<{ iso3: string; name: string; region: string } | undefined> {
  const [row] = await ex
    .select({ iso3: memberStates.iso3, name: memberStates.nameEn, region: memberStates.region })
    .from(memberStates)
    .where(eq(memberStates.iso3, iso3));
  return row;
}

/** Every Member State, by English name, with its assessment's stored scores in the cycle (if any). */
export async function listStatesWithScores(ex: Executor, cycle: number): Promise<StateWithAssessmentRow[]> {
  const rows = await ex
    .select({
      iso3: memberStates.iso3,
      name: memberStates.nameEn,
      region: memberStates.region,
      // Only the columns the rows show: every analyst read parses 193 of them (see docs/benchmarks.md).
      assessment: scoreSelection,
    })
    .from(memberStates)
    .leftJoin(assessments, and(eq(assessments.iso3, memberStates.iso3), eq(assessments.cycle, cycle)))
    .orderBy(asc(memberStates.nameEn));
  return rows.map((r) => ({
    ...r,
    assessment: r.assessment && { ...r.assessment, status: r.assessment.status as AssessmentStatus },
  }));
}

/** How many Member States each region has. */
export async function countStatesByRegion(ex: Executor): Promise<Map<string, number>> {
  const rows = await ex
    .select({ region: memberStates.region, states: count() })
    .from(memberStates)
    .groupBy(memberStates.region);
  return new Map(rows.map((r) => [r.region, Number(r.states)]));
}

/**
 * The stored scores of a cycle's assessments in the given statuses, optionally
 * of one region only: what regional averages are computed from.
 */
export async function listScoresWithStatus(
  ex: Executor,
  cycle: number,
  statuses: readonly AssessmentStatus[],
  region?: string,
): Promise<StateScores[]> {
  const rows = await ex
    .select({ iso3: assessments.iso3, region: memberStates.region, scores: scoreSelection })
    .from(assessments)
    .innerJoin(memberStates, eq(memberStates.iso3, assessments.iso3))
    .where(
      and(
        eq(assessments.cycle, cycle),
        inArray(assessments.status, [...statuses]),
        region === undefined ? undefined : eq(memberStates.region, region),
      ),
    );
  // Averages compare what the scores API shows: the validated score once it exists (lib/analysis/score-kind).
  return rows.map(({ iso3, region, scores }) => {
    const shown = shownScores(scores);
    return {
      iso3,
      region,
      overall: shown.overall,
      tierLevel: shown.tier.level,
      pillars: shown.pillars,
      outcomes: shown.outcomes,
    };
  });
}

export interface CycleAnswersRow {
  iso3: string;
  region: string;
  status: AssessmentStatus;
  frameworkId: string;
  answers: { questionId: string; value: string | null; evidence: string[] }[];
}

/** A cycle's assessments in the given statuses with their answers, by ISO code. */
export async function listAnswersWithStatus(
  ex: Executor,
  cycle: number,
  statuses: readonly AssessmentStatus[],
): Promise<CycleAnswersRow[]> {
  const rows = await ex
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
    .where(and(eq(assessments.cycle, cycle), inArray(assessments.status, [...statuses])))
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

/** The answers of a region's assessments in the given statuses in a cycle. */
export async function listRegionAnswersWithStatus(
  ex: Executor,
  cycle: number,
  region: string,
  statuses: readonly AssessmentStatus[],
): Promise<RegionAnswers> {
  const counted = and(
    eq(assessments.cycle, cycle),
    eq(memberStates.region, region),
    inArray(assessments.status, [...statuses]),
  );
  const [states, answerRows] = await Promise.all([
    ex
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
    ex
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

/** Every cycle, oldest first, with the state's assessment's stored scores in it (null where it has none). */
export async function listCyclesWithScores(
  ex: Executor,
  iso3: string,
): Promise<{ cycle: number; assessment: StoredScoreColumns | null }[]> {
  const rows = await ex
    .select({
      cycle: cycles.year,
      assessment: scoreSelection,
    })
    .from(cycles)
    .leftJoin(assessments, and(eq(assessments.cycle, cycles.year), eq(assessments.iso3, iso3)))
    .orderBy(asc(cycles.year));
  return rows.map((r) => ({
    cycle: r.cycle,
    assessment: r.assessment && { ...r.assessment, status: r.assessment.status as AssessmentStatus },
  }));
}
