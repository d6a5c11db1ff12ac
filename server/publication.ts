import "server-only";
import { createHash } from "node:crypto";
import { findCycleYear, listScoresWithStatus } from "@/db/queries/analysis";
import {
  countConsents,
  findAssessmentStatus,
  deleteCyclePublication,
  findConsent,
  findCyclePublication,
  insertPublicationLog,
  listCyclePublications,
  listPublicationDates,
  listPublishedStates,
  upsertConsent,
  upsertCyclePublication,
  type PublishedStateRow,
} from "@/db/queries/publication";
import { findMemberStateCode } from "@/db/queries/assessments";
import { getDb, inTransaction } from "@/db/transaction";
import { publicRegionAverages, type PublicRegionAverage } from "@/lib/analysis/averages";
import { entityTag } from "@/lib/api/etag";
import type { ConsentInput, PublicationInput } from "@/lib/api/publication.validation";
import { actorDisplayName, type Actor } from "@/lib/assessment/actor";
import type { AssessmentStatus } from "@/lib/assessment/status";
import { StampedCache } from "@/lib/cache/stamped-cache";
import { appError } from "@/lib/errors";
import { CURRENT_FRAMEWORK, frameworkOf } from "@/lib/framework";
import {
  OPEN_DATA_LICENCE,
  consentIsOpen,
  isPublished,
  publishedCycles,
  strengthsAndGrowth,
  type StrengthsAndGrowth,
} from "@/lib/publication/publication";
import { REGIONS } from "@/lib/reference/regions";
import { assertCanDecideConsent, assertCanReadConsent, assertCanSetPublication } from "./access";
import { stampedCycleRead, type Tagged } from "./cycle-stamp";
import { hasDemoData } from "./demo-data";

export type { PublishedStateRow } from "@/db/queries/publication";
export type { PublicRegionAverage } from "@/lib/analysis/averages";

const publicCache = new StampedCache<PublicCycle>(16);

// ---------------------------------------------------------------- BDT: the publication date

export interface CyclePublicationView {
  cycle: number;
  status: "open" | "closed";
  publishAt: Date | null;
  setByName: string | null;
  setAt: Date | null;
  /** Whether the cycle's results are public now. */
  published: boolean;
  /** States that consent to publication by name. */
  consenting: number;
}

/** Every cycle with its publication date and how many states consent (BDT only). */
export async function listPublicationSettings(actor: Actor, now = new Date()): Promise<CyclePublicationView[]> {
  assertCanSetPublication(actor);
  const db = await getDb();
  const [rows, consents] = await Promise.all([listCyclePublications(db), countConsents(db)]);
  return rows.map((r) => ({
    ...r,
    published: isPublished(r.publishAt, now),
    consenting: consents.get(r.cycle) ?? 0,
  }));
}

/**
 * Sets (or, with null, withdraws) a closed cycle's publication date (BDT only), with an entry in the
 * publication log. Until the date nothing of the cycle is public; a date in the past publishes at once.
 */
export async function setPublicationDate(
  actor: Actor,
  cycle: number,
  input: PublicationInput,
): Promise<{ cycle: number; publishAt: Date | null }> {
  assertCanSetPublication(actor);
  return inTransaction(async (tx) => {
    const current = await findCyclePublication(tx, cycle);
    if (!current) throw appError("not_found.cycle", { cycle });
    if (current.status !== "closed") throw appError("conflict.publication_cycle_open", { cycle });
    const name = actorDisplayName(actor);
    if (input.publishAt === null) await deleteCyclePublication(tx, cycle);
    else
      await upsertCyclePublication(tx, { cycle, publishAt: input.publishAt, setById: actor.userId, setByName: name });
    await insertPublicationLog(tx, {
      cycle,
      iso3: null,
      field: "publish_at",
      actorId: actor.userId,
      actorName: name,
      oldValue: current.publishAt?.toISOString() ?? null,
      newValue: input.publishAt?.toISOString() ?? null,
    });
    return { cycle, publishAt: input.publishAt };
  });
}

// ---------------------------------------------------------------- the state's consent

export interface ConsentView {
  iso3: string;
  cycle: number;
  /** The state's decision; null while it has made none (nothing of it is published). */
  consent: boolean | null;
  decidedByName: string | null;
  decidedAt: Date | null;
  /** The cycle's publication date, if BDT set one. */
  publishAt: Date | null;
  /** Whether the decision may still change (until the publication date). */
  open: boolean;
  /** The state's assessment status in the cycle: only a validated assessment is ever published. */
  status: AssessmentStatus;
}

/** A state's decision on publication by name in a cycle (its focal points, and BDT). */
export async function getConsent(actor: Actor, iso3: string, cycle: number, now = new Date()): Promise<ConsentView> {
  assertCanReadConsent(actor, iso3);
  const db = await getDb();
  const publication = await findCyclePublication(db, cycle);
  if (!publication) throw appError("not_found.cycle", { cycle });
  if ((await findMemberStateCode(db, iso3)) === undefined) throw appError("not_found.member_state", { iso3 });
  const [consent, status] = await Promise.all([findConsent(db, cycle, iso3), findAssessmentStatus(db, iso3, cycle)]);
  return {
    iso3,
    cycle,
    consent: consent?.consent ?? null,
    decidedByName: consent?.decidedByName ?? null,
    decidedAt: consent?.decidedAt ?? null,
    publishAt: publication.publishAt,
    open: consentIsOpen(publication.publishAt, now),
    status: status ?? "not_started",
  };
}

/**
 * Records a state's decision on publishing its validated results of a cycle by name (its own focal points
 * only) once its assessment is validated, with who and when, until the cycle's publication date; an entry in the publication log.
 */
export async function setConsent(
  actor: Actor,
  iso3: string,
  cycle: number,
  input: ConsentInput,
  now = new Date(),
): Promise<ConsentView> {
  assertCanDecideConsent(actor, iso3);
  await inTransaction(async (tx) => {
    if ((await findCycleYear(tx, cycle)) === undefined) throw appError("not_found.cycle", { cycle });
    const publication = await findCyclePublication(tx, cycle);
    if (!consentIsOpen(publication?.publishAt ?? null, now)) throw appError("conflict.consent_closed", { cycle });
    // Only validated results are ever published: there is nothing to decide about a draft or a submission.
    if ((await findAssessmentStatus(tx, iso3, cycle)) !== "validated")
      throw appError("conflict.consent_not_validated", { iso3, cycle });
    const before = await findConsent(tx, cycle, iso3);
    const name = actorDisplayName(actor);
    await upsertConsent(tx, { cycle, iso3, consent: input.consent, decidedById: actor.userId, decidedByName: name });
    await insertPublicationLog(tx, {
      cycle,
      iso3,
      field: "consent",
      actorId: actor.userId,
      actorName: name,
      oldValue: before?.consent ?? null,
      newValue: input.consent,
    });
  });
  return getConsent(actor, iso3, cycle, now);
}

// ---------------------------------------------------------------- public reads (no actor)

/** The questionnaire versions a public figure was computed with, and the methodology it follows. */
export interface Methodology {
  questionnaires: { id: string; version: string }[];
  document: string;
}

function methodologyOf(frameworkIds: Iterable<string>): Methodology {
  return {
    questionnaires: [...new Set(frameworkIds)].sort().map((id) => ({ id, version: frameworkOf(id).version })),
    document: "/en/methodology",
  };
}

export interface PublicCycle {
  cycle: number;
  publishedAt: Date;
  licence: typeof OPEN_DATA_LICENCE;
  methodology: Methodology;
  /** The consenting states' validated scores, by English name. */
  states: PublishedStateRow[];
  /** Every region's public average (null where it could expose a state, lib/analysis/averages). */
  regions: PublicRegionAverage[];
  /** The database holds the demo data set: the figures are not real. */
  demo: boolean;
}

/** The cycles whose results are public now, newest first. */
export async function listPublishedCycles(now = new Date()): Promise<number[]> {
  return publishedCycles(await listPublicationDates(await getDb()), now);
}

/**
 * A published cycle's public figures, with the entity tag of the cycle's data (its change stamp covers the
 * publication date and the consents). Before the publication date, or for a cycle never to be published,
 * `not_found.published`: the answer says nothing about the cycle.
 */
export async function readPublicCycle(cycle: number, now = new Date()): Promise<Tagged<PublicCycle>> {
  const db = await getDb();
  const publication = await findCyclePublication(db, cycle);
  if (!publication || !isPublished(publication.publishAt, now)) throw appError("not_found.published");
  const publishedAt = publication.publishAt!;
  return stampedCycleRead(publicCache, cycle, "public", async () => {
    const [states, counted, demo] = await Promise.all([
      listPublishedStates(db, { cycle }, now),
      listScoresWithStatus(db, cycle, ["validated"]),
      hasDemoData(),
    ]);
    return {
      cycle,
      publishedAt,
      licence: OPEN_DATA_LICENCE,
      methodology: methodologyOf(states.map((s) => s.frameworkId)),
      states,
      regions: publicRegionAverages(
        REGIONS.map((r) => r.id),
        counted,
        new Set(states.map((s) => s.iso3)),
        {
          pillars: CURRENT_FRAMEWORK.pillars.map((p) => p.id),
          outcomes: CURRENT_FRAMEWORK.outcomes.map((o) => o.id),
        },
      ),
      demo,
    };
  });
}

export interface PublicProfile {
  iso3: string;
  region: string;
  licence: typeof OPEN_DATA_LICENCE;
  methodology: Methodology;
  /** The state's newest published result. */
  latest: PublishedStateRow;
  /** Its published results in every published cycle, oldest first: the trend. */
  history: PublishedStateRow[];
  /** Areas of relative strength and of potential growth in the newest result (pillar ids). */
  areas: StrengthsAndGrowth;
  /** The region's public average in the newest result's cycle; null where it is not shown. */
  regionAverage: PublicRegionAverage;
  demo: boolean;
}

/**
 * A state's public profile: its validated results in every published cycle it consented for. A state with
 * none (no consent, nothing validated, or no cycle published yet) is `not_found.published`.
 */
export async function readPublicProfile(iso3: string, now = new Date()): Promise<Tagged<PublicProfile>> {
  const db = await getDb();
  const history = await listPublishedStates(db, { iso3 }, now);
  const latest = history.at(-1);
  if (!latest) throw appError("not_found.published");
  const cycle = (await readPublicCycle(latest.cycle, now)).value;
  const framework = frameworkOf(latest.frameworkId);
  const profile: PublicProfile = {
    iso3,
    region: latest.region,
    licence: OPEN_DATA_LICENCE,
    methodology: methodologyOf(history.map((h) => h.frameworkId)),
    latest,
    history,
    areas: strengthsAndGrowth(
      latest.pillars,
      framework.pillars.map((p) => p.id),
    ),
    regionAverage: cycle.regions.find((r) => r.region === latest.region)!,
    demo: cycle.demo,
  };
  const digest = createHash("sha256").update(JSON.stringify(profile)).digest("base64url").slice(0, 32);
  return { etag: entityTag(digest), value: profile };
}
