/**
 * Data for `npm run bench` (scripts/bench): many cycles of every Member State's
 * assessment, filled in bulk with the seeded demo generator, and the counts the
 * benchmark checks afterwards. Kept in db/ because db/ is the only code that
 * touches SQL; nothing in the application imports it.
 */
import { and, eq, inArray, sql } from "drizzle-orm";
import { generateDemoAnswers } from "@/lib/demo/generate";
import { CURRENT_FRAMEWORK } from "@/lib/framework";
import { MEMBER_STATES } from "@/lib/reference";
import { scoreAssessment } from "@/lib/scoring";
import type { Database } from "../client";
import { answers, assessments, auditLog, cycles, statusHistory } from "../schema/index";
import { insertInChunks } from "./demo";
import { seedReferenceData } from "./reference";
import { scoreColumns } from "../score-columns";

const BENCH_ACTOR = "Benchmark data";

/**
 * Fills a new database for the benchmark: `closedYears` cycles in which every
 * Member State's assessment was submitted and validated (answers stored and
 * scored as `saveAnswers` would have), and the open cycle `openYear` in which
 * every state has a draft, about half answered. Cycles already filled are kept,
 * so a second call with more years grows the history. One transaction per cycle,
 * so a large fill never holds one huge transaction.
 */
export async function seedBenchData(db: Database, closedYears: readonly number[], openYear: number): Promise<void> {
  // The cycles first: the reference seed opens the current year's cycle only in a database without any.
  await db
    .insert(cycles)
    .values([
      ...closedYears.map((year) => ({
        year,
        status: "closed",
        openedAt: new Date(Date.UTC(year, 0, 15)),
        closedAt: new Date(Date.UTC(year, 11, 15)),
      })),
      { year: openYear, status: "open" },
    ])
    .onConflictDoNothing();
  await seedReferenceData(db);
  const filled = new Set((await db.selectDistinct({ cycle: assessments.cycle }).from(assessments)).map((r) => r.cycle));
  for (const year of [...closedYears, openYear]) {
    if (filled.has(year)) continue;
    await db.transaction(async (tx) => {
      if (year === openYear) await insertAssessments(tx as unknown as Database, year, "draft", 0.5);
      else await insertAssessments(tx as unknown as Database, year, "validated", 1);
    });
  }
}

async function insertAssessments(db: Database, year: number, status: "validated" | "draft", completion: number) {
  const assessmentRows: (typeof assessments.$inferInsert)[] = [];
  const answerRows: (typeof answers.$inferInsert)[] = [];
  const historyRows: (typeof statusHistory.$inferInsert)[] = [];
  const path = status === "validated" ? ["not_started", "draft", "submitted", "validated"] : ["not_started", "draft"];
  for (const state of MEMBER_STATES) {
    const stateAnswers = generateDemoAnswers(CURRENT_FRAMEWORK, state.iso3, year, { completion });
    const scores = scoreAssessment(CURRENT_FRAMEWORK, stateAnswers);
    const id = crypto.randomUUID();
    const submittedAt = new Date(Date.UTC(year, 5, 1 + (state.iso3.charCodeAt(0) % 28)));
    assessmentRows.push({
      id,
      iso3: state.iso3,
      cycle: year,
      frameworkId: CURRENT_FRAMEWORK.id,
      status,
      version: path.length,
      ...scoreColumns(scores),
      submittedAt: status === "validated" ? submittedAt : null,
      validatedAt: status === "validated" ? new Date(submittedAt.getTime() + 20 * 86400000) : null,
      updatedAt: submittedAt,
      createdAt: new Date(Date.UTC(year, 1, 1)),
    });
    for (const a of stateAnswers) {
      answerRows.push({ assessmentId: id, questionId: a.questionId, value: a.value, evidence: a.evidence, note: "" });
    }
    for (let i = 1; i < path.length; i++) {
      historyRows.push({
        assessmentId: id,
        fromStatus: path[i - 1]!,
        toStatus: path[i]!,
        actorName: BENCH_ACTOR,
        at: new Date(Date.UTC(year, 1 + i, 1)),
      });
    }
  }
  await insertInChunks(db, assessments, assessmentRows);
  // 4000 rows × 6 columns stays well under Postgres' 65,535 bind parameters per statement.
  await insertInChunks(db, answers, answerRows, 4000);
  await insertInChunks(db, statusHistory, historyRows);
}

/** Row counts, so the report states the size it measured. */
export async function benchDataSize(db: Database): Promise<{ cycles: number; assessments: number; answers: number }> {
  const count = async (table: typeof cycles | typeof assessments | typeof answers) => {
    const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(table);
    return row?.n ?? 0;
  };
  return { cycles: await count(cycles), assessments: await count(assessments), answers: await count(answers) };
}

/**
 * Per Member State, how many changes of one question's note the audit log holds
 * in a cycle: each save of the autosave rush writes a new note, so this counts
 * the saves that reached the database.
 */
export async function countNoteChanges(
  db: Database,
  cycle: number,
  questionId: string,
  iso3s: readonly string[],
): Promise<Map<string, number>> {
  const rows = await db
    .select({ iso3: auditLog.iso3, n: sql<number>`count(*)::int` })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.cycle, cycle),
        eq(auditLog.field, "note"),
        eq(auditLog.questionId, questionId),
        inArray(auditLog.iso3, [...iso3s]),
      ),
    )
    .groupBy(auditLog.iso3);
  return new Map(rows.map((r) => [r.iso3, r.n]));
}
