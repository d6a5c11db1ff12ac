import { insertTotpFactor } from "../auth-secret";
import { DEMO_TOTP_SECRET } from "@/lib/demo/two-factor";
import { and, eq } from "drizzle-orm";
import type { AssessmentStatus } from "@/lib/assessment/status";
import { demoStatus, hashString } from "@/lib/demo/generate";
import { generateDemoPlan } from "@/lib/demo/plans";
import { demoAnswersScoring, demoScoreInCycle } from "@/lib/demo/targeted";
import { drawDemoScores } from "@/lib/demo/tier-shares";
import { CURRENT_FRAMEWORK, RES45_BA2017_V1, type Framework } from "@/lib/framework";
import { MEMBER_STATES } from "@/lib/reference";
import { scoreAssessment } from "@/lib/scoring";
import { insertAccount } from "../accounts";
import type { Database } from "../client";
import {
  answers,
  appMeta,
  assessments,
  auditLog,
  cyclePublications,
  cycles,
  planActionEvents,
  publicationConsents,
  publicationLog,
  planActions,
  statusHistory,
} from "../schema/index";
import { currentCycleYear } from "./reference";
import { scoreColumns } from "../score-columns";

export const DEMO_MARKER = "demo_seeded_at";
export const DEMO_PASSWORD = "Readiness-Demo-2026";

/**
 * The demo focal points' states: in the open cycle their assessments are drafts or not started. Ghana's draft
 * was begun on questionnaire v1 before v2 became current: opening it moves it to v2 (the e2e test of the
 * carry-over uses it, and no other spec does).
 */
export const DEMO_FOCAL_STATES: Record<
  string,
  { status: "draft" | "not_started"; completion: number; beganOnV1?: true }
> = {
  BRA: { status: "draft", completion: 0.6 },
  KEN: { status: "draft", completion: 0.3 },
  IND: { status: "not_started", completion: 0 },
  EGY: { status: "draft", completion: 0.85 },
  KAZ: { status: "not_started", completion: 0 },
  EST: { status: "not_started", completion: 0 },
  GHA: { status: "draft", completion: 0.7, beganOnV1: true },
};

/**
 * The questionnaire a demo assessment was answered with: closed cycles on v1 (answered before v2 was
 * published), the open cycle on the current version except a draft begun on v1.
 */
export function demoFramework(iso3: string, cycle: number, openCycle: number): Framework {
  if (cycle < openCycle) return RES45_BA2017_V1;
  return DEMO_FOCAL_STATES[iso3]?.beganOnV1 ? RES45_BA2017_V1 : CURRENT_FRAMEWORK;
}

/**
 * Each state's demo answers in a cycle: its score is drawn once, with the GCI 2024 tier shares, for the last
 * closed cycle (46 states in Tier 1, 105 in Tiers 3 and 4), and moves a few points a cycle from there; the
 * answers are picked to reach that score under the cycle's questionnaire.
 */
const DRAWN_SCORES = drawDemoScores(MEMBER_STATES.map((s) => s.iso3));

function demoAnswers(iso3: string, cycle: number, openCycle: number, completion: number) {
  const anchor = DRAWN_SCORES[iso3]!;
  const framework = demoFramework(iso3, cycle, openCycle);
  const target = demoScoreInCycle(anchor, iso3, cycle, openCycle - 1);
  return { framework, answers: demoAnswersScoring(framework, iso3, cycle, target, { completion }) };
}

const DEMO_ACTOR = "Demo data";

/**
 * The demo data set `npm start` shows on a new PGlite database: accounts for
 * every role, two closed cycles and the open one, and an assessment for every
 * Member State in each. Runs once per database, so a restart never overwrites
 * what users saved.
 */
export async function seedDemoData(db: Database): Promise<void> {
  // One transaction: a start killed half-way leaves no half-seeded database behind.
  await db.transaction(async (tx) => {
    const done = await tx.select().from(appMeta).where(eq(appMeta.key, DEMO_MARKER));
    if (done.length > 0) return;
    await seedDemoAccountsAndCycles(tx as unknown as Database);
    await seedDemoAssessments(tx as unknown as Database);
    await seedDemoPublication(tx as unknown as Database);
    await tx.insert(appMeta).values({ key: DEMO_MARKER, value: new Date().toISOString() });
  });
}

async function seedDemoAccountsAndCycles(db: Database) {
  const year = currentCycleYear();
  await db
    .insert(cycles)
    .values([
      {
        year: year - 2,
        status: "closed",
        openedAt: new Date(Date.UTC(year - 2, 0, 15)),
        closedAt: new Date(Date.UTC(year - 2, 11, 15)),
      },
      {
        year: year - 1,
        status: "closed",
        openedAt: new Date(Date.UTC(year - 1, 0, 15)),
        closedAt: new Date(Date.UTC(year - 1, 11, 15)),
      },
      { year, status: "open" },
    ])
    .onConflictDoNothing();

  // BDT accounts need a second factor: the demo ones share a published TOTP secret (README).
  for (const bdt of [
    { email: "admin@example.org", name: "BDT Administrator", role: "admin" as const },
    { email: "analyst@example.org", name: "BDT Analyst", role: "analyst" as const },
  ]) {
    const id = await insertAccount(db, { ...bdt, memberStateIso3: null, password: DEMO_PASSWORD });
    await insertTotpFactor(db, id, DEMO_TOTP_SECRET);
  }
  for (const iso3 of Object.keys(DEMO_FOCAL_STATES)) {
    const state = MEMBER_STATES.find((s) => s.iso3 === iso3)!;
    await insertAccount(db, {
      email: `focal.${iso3.toLowerCase()}@example.org`,
      name: `Focal point, ${state.names.en}`,
      role: "focal_point",
      memberStateIso3: iso3,
      password: DEMO_PASSWORD,
    });
  }
  // A contributor from another agency, so that the demo (and the authorization tests) show the role.
  await insertAccount(db, {
    email: "contributor.ken@example.org",
    name: "Contributor, Kenya (national CIRT)",
    role: "contributor",
    memberStateIso3: "KEN",
    password: DEMO_PASSWORD,
  });
}

async function seedDemoAssessments(tx: Database) {
  const year = currentCycleYear();
  for (const cycle of [year - 2, year - 1, year]) {
    const assessmentRows: (typeof assessments.$inferInsert)[] = [];
    const answerRows: (typeof answers.$inferInsert)[] = [];
    const historyRows: (typeof statusHistory.$inferInsert)[] = [];
    const auditRows: (typeof auditLog.$inferInsert)[] = [];
    for (const state of MEMBER_STATES) {
      const focal = cycle === year ? DEMO_FOCAL_STATES[state.iso3] : undefined;
      const status: AssessmentStatus = focal?.status ?? demoStatus(state.iso3, cycle, year);
      if (status === "not_started") continue;
      const completion = focal?.completion ?? (status === "draft" ? 0.5 : 1);
      const { framework, answers: stateAnswers } = demoAnswers(state.iso3, cycle, year, completion);
      const scores = scoreAssessment(framework, stateAnswers);
      const id = crypto.randomUUID();
      const submittedAt = new Date(Date.UTC(cycle, 5, 1 + (state.iso3.charCodeAt(0) % 28)));
      const path: AssessmentStatus[] =
        status === "draft"
          ? ["not_started", "draft"]
          : status === "submitted"
            ? ["not_started", "draft", "submitted"]
            : status === "returned"
              ? ["not_started", "draft", "submitted", "returned"]
              : ["not_started", "draft", "submitted", "validated"];
      assessmentRows.push({
        id,
        iso3: state.iso3,
        cycle,
        frameworkId: framework.id,
        status,
        version: path.length + 1,
        ...scoreColumns(scores),
        submittedAt: path.includes("submitted") ? submittedAt : null,
        validatedAt: status === "validated" ? new Date(submittedAt.getTime() + 20 * 86400000) : null,
        updatedAt: submittedAt,
        createdAt: new Date(Date.UTC(cycle, 1, 1)),
      });
      for (const a of stateAnswers) {
        answerRows.push({
          assessmentId: id,
          questionId: a.questionId,
          value: a.value,
          evidence: a.evidence,
          note: a.note ?? "",
        });
      }
      for (let i = 1; i < path.length; i++) {
        const at = new Date(Date.UTC(cycle, 1 + i, 1));
        historyRows.push({ assessmentId: id, fromStatus: path[i - 1]!, toStatus: path[i]!, actorName: DEMO_ACTOR, at });
        auditRows.push({
          assessmentId: id,
          iso3: state.iso3,
          cycle,
          actorName: DEMO_ACTOR,
          field: "status",
          oldValue: path[i - 1],
          newValue: path[i],
          at,
        });
      }
    }
    await insertInChunks(tx, assessments, assessmentRows);
    await insertInChunks(tx, answers, answerRows);
    await insertInChunks(tx, statusHistory, historyRows);
    await insertInChunks(tx, auditLog, auditRows);
  }
  await seedDemoPlans(tx, year);
}

/**
 * States that did not consent to publishing the oldest closed cycle's results by name (the e2e test of
 * publication reads them); besides them, about one validated state in eight declines, drawn from its code.
 */
export const DEMO_NOT_CONSENTING = ["BRA", "FRA", "JPN"] as const;

/** Whether a state consents to publishing its results of the demo's published cycle. */
export function demoConsents(iso3: string): boolean {
  return !(DEMO_NOT_CONSENTING as readonly string[]).includes(iso3) && hashString(`consent:${iso3}`) % 8 !== 0;
}

/**
 * The oldest closed cycle is published (since 1 March of the next year), most of its validated states
 * consenting, so that a visitor sees the public profiles at once; the newer closed cycle has no date.
 */
async function seedDemoPublication(tx: Database) {
  const cycle = currentCycleYear() - 2;
  const publishAt = new Date(Date.UTC(cycle + 1, 2, 1));
  const decidedAt = new Date(Date.UTC(cycle + 1, 1, 1));
  await tx.insert(cyclePublications).values({ cycle, publishAt, setByName: DEMO_ACTOR, setAt: decidedAt });
  const validated = await tx
    .select({ iso3: assessments.iso3 })
    .from(assessments)
    .where(and(eq(assessments.cycle, cycle), eq(assessments.status, "validated")));
  const consents = validated.map(({ iso3 }) => ({
    cycle,
    iso3,
    consent: demoConsents(iso3),
    decidedByName: DEMO_ACTOR,
    decidedAt,
  }));
  await insertInChunks(tx, publicationConsents, consents);
  await insertInChunks(tx, publicationLog, [
    { cycle, iso3: null, field: "publish_at", actorName: DEMO_ACTOR, newValue: publishAt.toISOString(), at: decidedAt },
    ...consents.map((c) => ({
      cycle,
      iso3: c.iso3,
      field: "consent",
      actorName: DEMO_ACTOR,
      newValue: c.consent,
      at: decidedAt,
    })),
  ]);
}

/** Plans made in the previous cycle from its gaps; actions whose question improved since are done. */
async function seedDemoPlans(tx: Database, year: number) {
  const actionRows: (typeof planActions.$inferInsert)[] = [];
  const eventRows: (typeof planActionEvents.$inferInsert)[] = [];
  for (const state of MEMBER_STATES) {
    if (demoStatus(state.iso3, year - 1, year) !== "validated") continue;
    const focal = DEMO_FOCAL_STATES[state.iso3];
    const status: AssessmentStatus = focal?.status ?? demoStatus(state.iso3, year, year);
    const before = demoAnswers(state.iso3, year - 1, year, 1);
    const after =
      status === "not_started"
        ? before
        : demoAnswers(state.iso3, year, year, focal?.completion ?? (status === "draft" ? 0.5 : 1));
    const plan = generateDemoPlan(before.framework, state.iso3, year - 1, before.answers, after.answers, {
      afterFramework: after.framework,
    });
    for (const action of plan) {
      const id = crypto.randomUUID();
      const createdAt = new Date(Date.UTC(year - 1, 8, 15));
      const changed = action.status !== "planned";
      actionRows.push({
        id,
        iso3: state.iso3,
        ...action,
        version: changed ? 2 : 1,
        createdAt,
        updatedAt: changed ? new Date(Date.UTC(year, 2, 1)) : createdAt,
      });
      eventRows.push({
        actionId: id,
        iso3: state.iso3,
        actorName: DEMO_ACTOR,
        field: "created",
        newValue: { ...action, iso3: state.iso3, status: "planned" },
        at: createdAt,
      });
      if (changed) {
        eventRows.push({
          actionId: id,
          iso3: state.iso3,
          actorName: DEMO_ACTOR,
          field: "status",
          oldValue: "planned",
          newValue: action.status,
          at: new Date(Date.UTC(year, 2, 1)),
        });
      }
    }
  }
  await insertInChunks(tx, planActions, actionRows);
  await insertInChunks(tx, planActionEvents, eventRows);
}

export async function insertInChunks<T extends Record<string, unknown>>(
  tx: { insert: Database["insert"] },
  table: Parameters<Database["insert"]>[0],
  rows: T[],
  size = 1000,
) {
  for (let i = 0; i < rows.length; i += size) {
    await tx.insert(table).values(rows.slice(i, i + size) as never);
  }
}

/** Whether this database holds the demo data set (the interface says so). */
export async function hasDemoData(db: Database): Promise<boolean> {
  const rows = await db.select().from(appMeta).where(eq(appMeta.key, DEMO_MARKER));
  return rows.length > 0;
}
