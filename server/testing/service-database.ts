import { randomUUID } from "node:crypto";
import { afterAll, beforeAll } from "vitest";
import type { Connection } from "@/db/client";
import { seedReferenceData } from "@/db/seed/reference";
import { openTestDatabase } from "@/db/test-database";
import { answers, assessments, cycles, user } from "@/db/schema/index";
import { scoreColumns } from "@/db/score-columns";
import { CURRENT_FRAMEWORK } from "@/lib/framework";
import type { Actor } from "@/lib/assessment/actor";
import { AppError } from "@/lib/errors";
import { isStateRole, type AssessmentStatus, type Role } from "@/lib/assessment/status";
import type { AssessmentAnswer } from "@/lib/assessment/view";
import type { Framework } from "@/lib/framework/types";
import { scoreAssessment } from "@/lib/scoring";

const globalForDb = globalThis as typeof globalThis & { __res45Db?: Promise<Connection> };

/**
 * A fresh, migrated and seeded database (PGlite, or a new database on the
 * DATABASE_URL server) that every service function of one test file uses:
 * it becomes the process's connection, as `db/index.ts` keeps it.
 */
export function useServiceDatabase(): { connection: () => Connection } {
  let opened: Awaited<ReturnType<typeof openTestDatabase>> | undefined;
  beforeAll(async () => {
    opened = await openTestDatabase();
    await seedReferenceData(opened.connection.db);
    globalForDb.__res45Db = Promise.resolve(opened.connection);
  });
  afterAll(async () => {
    globalForDb.__res45Db = undefined;
    await opened?.drop();
  });
  return {
    connection: () => {
      if (!opened) throw new Error("The service database is opened in beforeAll");
      return opened.connection;
    },
  };
}

/** An account in the database (audit rows point at it) and the actor that stands for it. */
export async function createActor(connection: Connection, role: Role, iso3: string | null = null): Promise<Actor> {
  const id = randomUUID();
  const email = `${role}.${id.slice(0, 8)}@test.example`;
  const now = new Date();
  await connection.db.insert(user).values({
    id,
    email,
    name: `${role} ${iso3 ?? ""}`.trim(),
    emailVerified: true,
    role,
    memberStateIso3: isStateRole(role) ? iso3 : null,
    createdAt: now,
    updatedAt: now,
  });
  return { userId: id, email, name: `${role} ${iso3 ?? ""}`.trim(), role, memberStateIso3: iso3 };
}

/** Adds a cycle (e.g. a closed one) beside the open cycle the reference seed makes. */
export async function addCycle(connection: Connection, year: number, status: "open" | "closed"): Promise<void> {
  await connection.db.insert(cycles).values({ year, status }).onConflictDoNothing();
}

/** The refusal itself, to assert on its code and details: the promise must reject with an AppError. */
export async function refusal(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("Expected the call to be refused");
}

/** The code of a refusal, to assert on: the promise must reject with an AppError. */
export async function refusalCode(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === "string") return code;
    throw error;
  }
  throw new Error("Expected the call to be refused");
}

/**
 * A scored assessment row of the current questionnaire with every pillar and outcome at `overall`, but the
 * pillar left out (an older questionnaire's); returns its id.
 */
export async function insertScoredAssessment(
  connection: Connection,
  row: { iso3: string; cycle: number; status: string; overall: number; withoutPillar?: string; validated?: number },
): Promise<string> {
  const pillars = CURRENT_FRAMEWORK.pillars.map((p) => p.id).filter((p) => p !== row.withoutPillar);
  // The validated score, as `validateAssessment` stores it: every pillar and outcome at `validated`.
  const validated =
    row.validated === undefined
      ? {}
      : {
          validatedOverall: row.validated,
          validatedTierLevel: 4,
          validatedTierName: "Building",
          validatedPillarScores: Object.fromEntries(pillars.map((p) => [p, row.validated!])),
          validatedOutcomeScores: Object.fromEntries(CURRENT_FRAMEWORK.outcomes.map((o) => [o.id, row.validated!])),
        };
  const [inserted] = await connection.db
    .insert(assessments)
    .values({
      iso3: row.iso3,
      cycle: row.cycle,
      status: row.status,
      frameworkId: CURRENT_FRAMEWORK.id,
      overall: row.overall,
      tierLevel: 3,
      tierName: "Developing",
      pillarScores: Object.fromEntries(pillars.map((p) => [p, row.overall])),
      outcomeScores: Object.fromEntries(CURRENT_FRAMEWORK.outcomes.map((o) => [o.id, row.overall])),
      completion: 1,
      ...validated,
    })
    .returning({ id: assessments.id });
  return inserted!.id;
}

/**
 * An assessment written straight to the database, as an earlier release left it (e.g. a draft begun on an
 * older questionnaire version), with its answers and the scores its framework gives them; returns its id.
 */
export async function insertAnsweredAssessment(
  connection: Connection,
  values: { iso3: string; cycle: number; status: AssessmentStatus; framework: Framework; answers: AssessmentAnswer[] },
): Promise<string> {
  const [row] = await connection.db
    .insert(assessments)
    .values({
      iso3: values.iso3,
      cycle: values.cycle,
      status: values.status,
      frameworkId: values.framework.id,
      version: 3,
      ...scoreColumns(scoreAssessment(values.framework, values.answers)),
    })
    .returning({ id: assessments.id });
  if (values.answers.length > 0)
    await connection.db.insert(answers).values(values.answers.map((a) => ({ assessmentId: row!.id, ...a })));
  return row!.id;
}
