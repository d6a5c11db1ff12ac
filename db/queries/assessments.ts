import "server-only";
import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import type { AnswerChange } from "@/lib/assessment/answer-changes";
import type { AssessmentAnswer, AssessmentView, AuditEntry } from "@/lib/assessment/view";
import type { AssessmentStatus } from "@/lib/assessment/status";
import { scoreColumns, storedScores, storedValidatedScores } from "../score-columns";
import { answers, assessments, auditLog, cycles, memberStates, reviewComments, statusHistory } from "../schema/index";
import type { Executor, Tx } from "../transaction";
import type { EvidenceDocument } from "@/lib/evidence/document";
import { listDocuments } from "./evidence";

export type AssessmentRow = typeof assessments.$inferSelect;
export type { ScoreColumns } from "../score-columns";

/** Who made a change, as history and the audit trail record it. */
export interface ChangeAuthor {
  userId: string;
  name: string;
}

/** The columns every audit record of an assessment starts with: which assessment, who. */
export function auditedBy(row: AssessmentRow, author: ChangeAuthor) {
  return { assessmentId: row.id, iso3: row.iso3, cycle: row.cycle, actorId: author.userId, actorName: author.name };
}

export async function findMemberStateCode(ex: Executor, iso3: string): Promise<string | undefined> {
  const [row] = await ex.select({ iso3: memberStates.iso3 }).from(memberStates).where(eq(memberStates.iso3, iso3));
  return row?.iso3;
}

/**
 * A Member State and a cycle in one round trip: undefined when the state is unknown, `cycle` null when the
 * cycle is (every save starts with this check).
 */
export async function findStateAndCycle(ex: Executor, iso3: string, year: number) {
  const [row] = await ex
    .select({ iso3: memberStates.iso3, cycle: cycles })
    .from(memberStates)
    .leftJoin(cycles, eq(cycles.year, year))
    .where(eq(memberStates.iso3, iso3));
  return row;
}

export async function findCycle(ex: Executor, year: number) {
  const [row] = await ex.select().from(cycles).where(eq(cycles.year, year));
  return row;
}

export async function findAssessment(
  ex: Executor,
  iso3: string,
  cycle: number,
  { forUpdate = false } = {},
): Promise<AssessmentRow | undefined> {
  const query = ex
    .select()
    .from(assessments)
    .where(and(eq(assessments.iso3, iso3), eq(assessments.cycle, cycle)));
  const [row] = forUpdate ? await query.for("update") : await query;
  return row;
}

type AnswerTuple = [questionId: string, value: string | null, evidence: string[], note: string];

/**
 * An assessment's answers, ordered by question. They travel as one JSON array in one row: every save and every
 * questionnaire reads all ninety, and the drivers take several times longer to decode ninety rows than one
 * array (on PGlite 0.54 against 0.24 ms).
 */
export async function loadAnswers(ex: Executor, assessmentId: string): Promise<AssessmentAnswer[]> {
  const [row] = await ex
    .select({
      list: sql<AnswerTuple[] | string>`coalesce(json_agg(json_build_array(${answers.questionId}, ${answers.value}, ${answers.evidence}, ${answers.note}) order by ${answers.questionId}), '[]')`,
    })
    .from(answers)
    .where(eq(answers.assessmentId, assessmentId));
  // drizzle has the Postgres server's driver leave JSON as text; PGlite decodes it.
  const list = typeof row?.list === "string" ? (JSON.parse(row.list) as AnswerTuple[]) : (row?.list ?? []);
  return list.map(([questionId, value, evidence, note]) => ({ questionId, value, evidence, note }));
}

export type StatusHistoryRow = typeof statusHistory.$inferSelect;

/** An assessment's status changes, oldest first. */
export function loadStatusHistory(ex: Executor, assessmentId: string): Promise<StatusHistoryRow[]> {
  return ex
    .select()
    .from(statusHistory)
    .where(eq(statusHistory.assessmentId, assessmentId))
    .orderBy(asc(statusHistory.id));
}

/**
 * The row with its answers, their documents, status history and the comments of its latest return. A caller
 * that has just written the answers, or read the documents, in the same transaction passes them as `known`
 * rather than have them read again.
 */
export async function loadAssessmentView(
  ex: Executor,
  row: AssessmentRow,
  known: { answers?: AssessmentAnswer[]; documents?: EvidenceDocument[]; history?: StatusHistoryRow[] } = {},
): Promise<AssessmentView> {
  const [answerRows, documents, history] = await Promise.all([
    known.answers ?? loadAnswers(ex, row.id),
    known.documents ?? listDocuments(ex, row.id),
    known.history ?? loadStatusHistory(ex, row.id),
  ]);
  // The latest return is in the history just read (ordered by id).
  const lastReturn = history.filter((h) => h.toStatus === "returned").slice(-1);
  const comments = lastReturn[0]
    ? await ex
        .select()
        .from(reviewComments)
        .where(eq(reviewComments.statusHistoryId, lastReturn[0].id))
        .orderBy(asc(reviewComments.questionId), asc(reviewComments.id))
    : [];
  return {
    iso3: row.iso3,
    cycle: row.cycle,
    status: row.status as AssessmentStatus,
    version: row.version,
    framework: row.frameworkId,
    answers: answerRows,
    documents,
    scores: storedScores(row),
    validatedScores: storedValidatedScores(row),
    comments: comments.map((c) => ({
      questionId: c.questionId,
      text: c.text,
      author: c.authorName,
      at: c.createdAt.toISOString(),
    })),
    history: history.map((h) => ({
      from: h.fromStatus as AssessmentStatus,
      to: h.toStatus as AssessmentStatus,
      by: h.actorName,
      at: h.at.toISOString(),
    })),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export async function insertDraft(
  tx: Tx,
  values: { iso3: string; cycle: number; frameworkId: string },
): Promise<AssessmentRow> {
  const [row] = await tx
    .insert(assessments)
    .values({ ...values, status: "draft", version: 1 })
    .returning();
  if (!row) throw new Error("Insert of the assessment returned no row");
  return row;
}

/**
 * Writes the answers that changed and one audit record per changed field: two statements, sent together (a
 * save's round trips are most of its time). A question written twice in one patch keeps its last answer.
 */
export async function writeAnswerChanges(
  tx: Tx,
  row: AssessmentRow,
  author: ChangeAuthor,
  next: readonly AssessmentAnswer[],
  changes: readonly AnswerChange[],
): Promise<void> {
  const updatedAt = new Date();
  const rows = [...new Map(next.map((answer) => [answer.questionId, answer])).values()].map((answer) => ({
    assessmentId: row.id,
    ...answer,
    updatedAt,
    updatedBy: author.userId,
  }));
  await Promise.all([
    rows.length > 0 &&
      tx
        .insert(answers)
        .values(rows)
        .onConflictDoUpdate({
          target: [answers.assessmentId, answers.questionId],
          set: {
            value: sql`excluded.value`,
            evidence: sql`excluded.evidence`,
            note: sql`excluded.note`,
            updatedAt: sql`excluded.updated_at`,
            updatedBy: sql`excluded.updated_by`,
          },
        }),
    changes.length > 0 &&
      tx.insert(auditLog).values(
        changes.map((c) => ({
          ...auditedBy(row, author),
          questionId: c.questionId,
          field: c.field,
          oldValue: c.from,
          newValue: c.to,
        })),
      ),
  ]);
}

/**
 * Stores new scores and `nextVersion` (and, when the assessment moves to another
 * questionnaire version, its `frameworkId`), if the row is still at the version it
 * was read with; undefined when it moved on meanwhile.
 */
export async function updateScores(
  tx: Tx,
  row: AssessmentRow,
  scores: Parameters<typeof scoreColumns>[0],
  nextVersion: number,
  frameworkId: string = row.frameworkId,
): Promise<AssessmentRow | undefined> {
  const [updated] = await tx
    .update(assessments)
    .set({ frameworkId, ...scoreColumns(scores), version: nextVersion, updatedAt: new Date() })
    .where(and(eq(assessments.id, row.id), eq(assessments.version, row.version)))
    .returning();
  return updated;
}

/** Records a status change in the history and the audit trail; returns the history entry's id. */
export async function recordStatusChange(
  tx: Tx,
  row: AssessmentRow,
  from: AssessmentStatus,
  to: AssessmentStatus,
  author: ChangeAuthor,
): Promise<number> {
  const [history] = await tx
    .insert(statusHistory)
    .values({ assessmentId: row.id, fromStatus: from, toStatus: to, actorId: author.userId, actorName: author.name })
    .returning({ id: statusHistory.id });
  await insertAuditRecord(tx, row, author, "status", from, to);
  return history!.id;
}

/** One audit record of a change of the whole assessment (its status or its questionnaire version). */
async function insertAuditRecord(
  tx: Tx,
  row: AssessmentRow,
  author: ChangeAuthor,
  field: "status" | "framework",
  oldValue: string,
  newValue: string,
): Promise<void> {
  await tx.insert(auditLog).values({
    ...auditedBy(row, author),
    field,
    oldValue,
    newValue,
  });
}

export async function updateStatus(tx: Tx, row: AssessmentRow, to: AssessmentStatus): Promise<AssessmentRow> {
  const now = new Date();
  const [updated] = await tx
    .update(assessments)
    .set({
      status: to,
      version: row.version + 1,
      updatedAt: now,
      ...(to === "submitted" ? { submittedAt: now } : {}),
      ...(to === "validated" ? { validatedAt: now } : {}),
    })
    .where(eq(assessments.id, row.id))
    .returning();
  return updated!;
}

export async function insertReviewComments(
  tx: Tx,
  row: AssessmentRow,
  statusHistoryId: number,
  author: ChangeAuthor,
  comments: readonly { questionId: string; text: string }[],
): Promise<void> {
  if (comments.length === 0) return;
  await tx.insert(reviewComments).values(
    comments.map((c) => ({
      assessmentId: row.id,
      statusHistoryId,
      questionId: c.questionId,
      text: c.text,
      authorId: author.userId,
      authorName: author.name,
    })),
  );
}

/** The audit trail of one assessment, newest first. */
export async function listAuditEntries(ex: Executor, assessmentId: string, limit: number): Promise<AuditEntry[]> {
  const rows = await ex
    .select()
    .from(auditLog)
    .where(eq(auditLog.assessmentId, assessmentId))
    .orderBy(desc(auditLog.id))
    .limit(limit);
  return rows.map((r) => ({
    id: r.id,
    at: r.at.toISOString(),
    actor: r.actorName,
    field: r.field as AuditEntry["field"],
    questionId: r.questionId,
    oldValue: r.oldValue,
    newValue: r.newValue,
  }));
}

/** How many assessments (of one cycle, or of all) were answered under each questionnaire version (framework id). */
export async function countAssessmentsByFramework(ex: Executor, cycle?: number): Promise<Record<string, number>> {
  const rows = await ex
    .select({ frameworkId: assessments.frameworkId, count: sql<number>`count(*)::int` })
    .from(assessments)
    .where(cycle === undefined ? undefined : eq(assessments.cycle, cycle))
    .groupBy(assessments.frameworkId);
  return Object.fromEntries(rows.map((r) => [r.frameworkId, r.count]));
}

/** Removes the stored answers to these questions (answers to questions the new version does not have). */
export async function deleteAnswers(tx: Tx, assessmentId: string, questionIds: readonly string[]): Promise<void> {
  if (questionIds.length === 0) return;
  await tx
    .delete(answers)
    .where(and(eq(answers.assessmentId, assessmentId), inArray(answers.questionId, [...questionIds])));
}

/** Records in the audit trail that the assessment moved from one questionnaire version to another. */
export async function recordFrameworkChange(
  tx: Tx,
  row: AssessmentRow,
  to: string,
  author: ChangeAuthor,
): Promise<void> {
  await insertAuditRecord(tx, row, author, "framework", row.frameworkId, to);
}

/** The assessment's latest move to another questionnaire version (from, to, when), or undefined. */
export async function findFrameworkChange(
  ex: Executor,
  assessmentId: string,
): Promise<{ id: number; from: string; to: string; at: string } | undefined> {
  const [row] = await ex
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.assessmentId, assessmentId), eq(auditLog.field, "framework")))
    .orderBy(desc(auditLog.id))
    .limit(1);
  return row
    ? { id: row.id, from: String(row.oldValue), to: String(row.newValue), at: row.at.toISOString() }
    : undefined;
}
