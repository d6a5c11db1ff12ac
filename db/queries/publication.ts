import "server-only";
import { and, asc, desc, eq, lte } from "drizzle-orm";
import { shownScores } from "@/lib/analysis/score-kind";
import type { AssessmentStatus } from "@/lib/assessment/status";
import type { CyclePublication } from "@/lib/publication/publication";
import {
  assessments,
  cyclePublications,
  cycles,
  memberStates,
  publicationConsents,
  publicationLog,
} from "../schema/index";
import type { Executor } from "../transaction";
import { scoreSelection } from "./analysis";

export interface PublicationRow {
  cycle: number;
  status: "open" | "closed";
  publishAt: Date | null;
  setByName: string | null;
  setAt: Date | null;
}

/** Every cycle, newest first, with its publication date if one is set. */
export async function listCyclePublications(ex: Executor): Promise<PublicationRow[]> {
  const rows = await ex
    .select({
      cycle: cycles.year,
      status: cycles.status,
      publishAt: cyclePublications.publishAt,
      setByName: cyclePublications.setByName,
      setAt: cyclePublications.setAt,
    })
    .from(cycles)
    .leftJoin(cyclePublications, eq(cyclePublications.cycle, cycles.year))
    .orderBy(desc(cycles.year));
  return rows.map((r) => ({ ...r, status: r.status === "open" ? "open" : "closed" }));
}

/** The publication dates set, for the rules of lib/publication. */
export async function listPublicationDates(ex: Executor): Promise<CyclePublication[]> {
  return ex.select({ cycle: cyclePublications.cycle, publishAt: cyclePublications.publishAt }).from(cyclePublications);
}

export async function findCyclePublication(ex: Executor, cycle: number): Promise<PublicationRow | undefined> {
  return (await listCyclePublications(ex)).find((r) => r.cycle === cycle);
}

export async function upsertCyclePublication(
  ex: Executor,
  row: { cycle: number; publishAt: Date; setById: string; setByName: string },
): Promise<void> {
  await ex
    .insert(cyclePublications)
    .values(row)
    .onConflictDoUpdate({
      target: cyclePublications.cycle,
      set: { publishAt: row.publishAt, setById: row.setById, setByName: row.setByName, setAt: new Date() },
    });
}

export async function deleteCyclePublication(ex: Executor, cycle: number): Promise<void> {
  await ex.delete(cyclePublications).where(eq(cyclePublications.cycle, cycle));
}

export interface ConsentRow {
  consent: boolean;
  decidedByName: string;
  decidedAt: Date;
}

export async function findConsent(ex: Executor, cycle: number, iso3: string): Promise<ConsentRow | undefined> {
  const [row] = await ex
    .select({
      consent: publicationConsents.consent,
      decidedByName: publicationConsents.decidedByName,
      decidedAt: publicationConsents.decidedAt,
    })
    .from(publicationConsents)
    .where(and(eq(publicationConsents.cycle, cycle), eq(publicationConsents.iso3, iso3)));
  return row;
}

export async function findAssessmentStatus(
  ex: Executor,
  iso3: string,
  cycle: number,
): Promise<AssessmentStatus | undefined> {
  const [row] = await ex
    .select({ status: assessments.status })
    .from(assessments)
    .where(and(eq(assessments.iso3, iso3), eq(assessments.cycle, cycle)));
  return row?.status as AssessmentStatus | undefined;
}

export async function upsertConsent(
  ex: Executor,
  row: { cycle: number; iso3: string; consent: boolean; decidedById: string; decidedByName: string },
): Promise<void> {
  const decidedAt = new Date();
  await ex
    .insert(publicationConsents)
    .values({ ...row, decidedAt })
    .onConflictDoUpdate({
      target: [publicationConsents.cycle, publicationConsents.iso3],
      set: { consent: row.consent, decidedById: row.decidedById, decidedByName: row.decidedByName, decidedAt },
    });
}

/** How many states of each cycle consent to publication by name. */
export async function countConsents(ex: Executor): Promise<Map<number, number>> {
  const rows = await ex
    .select({ cycle: publicationConsents.cycle, iso3: publicationConsents.iso3 })
    .from(publicationConsents)
    .where(eq(publicationConsents.consent, true));
  const counts = new Map<number, number>();
  for (const r of rows) counts.set(r.cycle, (counts.get(r.cycle) ?? 0) + 1);
  return counts;
}

export async function insertPublicationLog(
  ex: Executor,
  row: {
    cycle: number;
    iso3: string | null;
    field: "publish_at" | "consent";
    actorId: string;
    actorName: string;
    oldValue: unknown;
    newValue: unknown;
  },
): Promise<void> {
  await ex.insert(publicationLog).values(row);
}

export async function listPublicationLog(ex: Executor, cycle: number) {
  return ex.select().from(publicationLog).where(eq(publicationLog.cycle, cycle)).orderBy(asc(publicationLog.id));
}

/** One validated, consenting state's shown scores in a cycle: what the public sees. */
export interface PublishedStateRow {
  iso3: string;
  region: string;
  cycle: number;
  frameworkId: string;
  overall: number;
  tier: { level: number; name: string };
  pillars: Record<string, number>;
  outcomes: Record<string, number>;
}

const publishedSelection = {
  iso3: assessments.iso3,
  region: memberStates.region,
  cycle: assessments.cycle,
  frameworkId: assessments.frameworkId,
  scores: scoreSelection,
};

function toPublished(r: {
  iso3: string;
  region: string;
  cycle: number;
  frameworkId: string;
  scores: Parameters<typeof shownScores>[0];
}): PublishedStateRow {
  const shown = shownScores(r.scores);
  return {
    iso3: r.iso3,
    region: r.region,
    cycle: r.cycle,
    frameworkId: r.frameworkId,
    overall: shown.overall,
    tier: shown.tier,
    pillars: shown.pillars,
    outcomes: shown.outcomes,
  };
}

/**
 * The validated assessments whose states consent to publication, of one cycle or of one state in every
 * cycle whose publication date is at or before `now`. The publication date is checked here too, so no
 * caller can list an embargoed cycle by mistake.
 */
export async function listPublishedStates(
  ex: Executor,
  filter: { cycle: number } | { iso3: string },
  now: Date,
): Promise<PublishedStateRow[]> {
  const rows = await ex
    .select(publishedSelection)
    .from(assessments)
    .innerJoin(memberStates, eq(memberStates.iso3, assessments.iso3))
    .innerJoin(cyclePublications, eq(cyclePublications.cycle, assessments.cycle))
    .innerJoin(
      publicationConsents,
      and(eq(publicationConsents.cycle, assessments.cycle), eq(publicationConsents.iso3, assessments.iso3)),
    )
    .where(
      and(
        "cycle" in filter ? eq(assessments.cycle, filter.cycle) : eq(assessments.iso3, filter.iso3),
        eq(assessments.status, "validated"),
        eq(publicationConsents.consent, true),
        lte(cyclePublications.publishAt, now),
      ),
    )
    .orderBy(asc(assessments.cycle), asc(memberStates.nameEn));
  return rows.map(toPublished);
}
