import "server-only";
import { and, asc, desc, eq } from "drizzle-orm";
import { describeProblems, type FieldProblem } from "@/lib/api/errors";
import { actorDisplayName, type Actor } from "@/lib/assessment/actor";
import { checkAnswersAgainstFramework, type AnswersPatch } from "@/lib/assessment/answers.validation";
import { checkTransition, type AssessmentStatus, type StatusAction } from "@/lib/assessment/status";
import { checkAssessmentFile, type AssessmentFile } from "@/lib/assessment/exchange";
import { checkSubmission } from "@/lib/assessment/submission";
import { CURRENT_FRAMEWORK, getFramework } from "@/lib/framework";
import type { Framework } from "@/lib/framework/types";
import { scoreAssessment, type AnswerInput, type ScoreResult } from "@/lib/scoring";
import { assertCanEditAnswers, assertCanReadAssessment, assertRole } from "../authorization";
import type { Database } from "../client";
import { ConflictError, NotFoundError, ValidationError } from "../errors";
import { getDb } from "../index";
import { answers, assessments, auditLog, cycles, memberStates, reviewComments, statusHistory } from "../schema/index";

type Tx = Parameters<Parameters<Database["transaction"]>[0]>[0];
type Executor = Database | Tx;
type AssessmentRow = typeof assessments.$inferSelect;

export interface AssessmentAnswer {
  questionId: string;
  value: string | null;
  evidence: string[];
  note: string;
}

export interface ReviewComment {
  questionId: string;
  text: string;
  author: string;
  at: string;
}

export interface StatusChange {
  from: AssessmentStatus;
  to: AssessmentStatus;
  by: string;
  at: string;
}

export interface AssessmentView {
  iso3: string;
  cycle: number;
  status: AssessmentStatus;
  version: number;
  framework: string;
  answers: AssessmentAnswer[];
  scores: ScoreResult;
  /** The comments of the latest return, if the assessment was returned. */
  comments: ReviewComment[];
  history: StatusChange[];
  updatedAt: string | null;
}

export function frameworkOf(id: string): Framework {
  const framework = getFramework(id);
  if (!framework) throw new Error(`Assessment recorded under unknown framework ${id}`);
  return framework;
}

async function assertStateAndCycle(db: Executor, iso3: string, cycle: number) {
  const [state] = await db.select({ iso3: memberStates.iso3 }).from(memberStates).where(eq(memberStates.iso3, iso3));
  if (!state) throw new NotFoundError(`No ITU Member State has the code ${iso3}.`);
  const [row] = await db.select().from(cycles).where(eq(cycles.year, cycle));
  if (!row) throw new NotFoundError(`There is no ${cycle} assessment cycle.`);
  return row;
}

async function findAssessment(db: Executor, iso3: string, cycle: number, forUpdate = false) {
  const query = db
    .select()
    .from(assessments)
    .where(and(eq(assessments.iso3, iso3), eq(assessments.cycle, cycle)));
  const [row] = forUpdate ? await query.for("update") : await query;
  return row;
}

async function loadAnswers(db: Executor, assessmentId: string): Promise<AssessmentAnswer[]> {
  const rows = await db
    .select({ questionId: answers.questionId, value: answers.value, evidence: answers.evidence, note: answers.note })
    .from(answers)
    .where(eq(answers.assessmentId, assessmentId))
    .orderBy(asc(answers.questionId));
  return rows;
}

function storedScores(row: AssessmentRow): ScoreResult {
  return {
    overall: row.overall,
    tier: { level: row.tierLevel, name: row.tierName },
    pillars: row.pillarScores,
    outcomes: row.outcomeScores,
    completion: row.completion,
  };
}

async function buildView(db: Executor, row: AssessmentRow): Promise<AssessmentView> {
  const [answerRows, history, lastReturn] = await Promise.all([
    loadAnswers(db, row.id),
    db.select().from(statusHistory).where(eq(statusHistory.assessmentId, row.id)).orderBy(asc(statusHistory.id)),
    db
      .select({ id: statusHistory.id })
      .from(statusHistory)
      .where(and(eq(statusHistory.assessmentId, row.id), eq(statusHistory.toStatus, "returned")))
      .orderBy(desc(statusHistory.id))
      .limit(1),
  ]);
  const comments = lastReturn[0]
    ? await db
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
    scores: storedScores(row),
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

function notStartedView(iso3: string, cycle: number): AssessmentView {
  return {
    iso3,
    cycle,
    status: "not_started",
    version: 0,
    framework: CURRENT_FRAMEWORK.id,
    answers: [],
    scores: scoreAssessment(CURRENT_FRAMEWORK, []),
    comments: [],
    history: [],
    updatedAt: null,
  };
}

/** The assessment of one state in one cycle, as the asker may see it. */
export async function getAssessment(actor: Actor, iso3: string, cycle: number): Promise<AssessmentView> {
  const db = await getDb();
  await assertStateAndCycle(db, iso3, cycle);
  const row = await findAssessment(db, iso3, cycle);
  assertCanReadAssessment(actor, iso3, (row?.status ?? "not_started") as AssessmentStatus);
  return row ? buildView(db, row) : notStartedView(iso3, cycle);
}

function sameList(a: readonly string[], b: readonly string[]) {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

/**
 * Applies a focal point's change to some answers, made against `patch.version`.
 * All or nothing: the answers, their audit records, the new scores and the new
 * version are written in one transaction.
 */
export async function saveAnswers(
  actor: Actor,
  iso3: string,
  cycle: number,
  patch: AnswersPatch,
): Promise<AssessmentView> {
  assertCanEditAnswers(actor, iso3);
  const db = await getDb();
  try {
    return await db.transaction(async (tx) => {
      const cycleRow = await assertStateAndCycle(tx, iso3, cycle);
      if (cycleRow.status !== "open")
        throw new ConflictError(`The ${cycle} cycle is closed: its answers can no longer change.`);
      let row = await findAssessment(tx, iso3, cycle, true);
      const currentVersion = row?.version ?? 0;
      if (patch.version !== currentVersion) {
        throw new ConflictError(
          `This assessment changed since version ${patch.version}: it is now at version ${currentVersion}. Reload it and apply your change again.`,
          currentVersion,
        );
      }
      const transition = checkTransition("save", (row?.status ?? "not_started") as AssessmentStatus, actor.role);
      if (!transition.ok) throw new ConflictError(transition.message, currentVersion);

      const framework = row ? frameworkOf(row.frameworkId) : CURRENT_FRAMEWORK;
      const problems = checkAnswersAgainstFramework(framework, patch.answers);
      if (problems.length > 0) throw validationErrorFrom(problems);

      if (!row) {
        [row] = await tx
          .insert(assessments)
          .values({ iso3, cycle, frameworkId: framework.id, status: "draft", version: 1 })
          .returning();
        if (!row) throw new Error("Insert of the assessment returned no row");
        await recordStatus(tx, row, "not_started", "draft", actor);
      }
      const assessment = row;
      const existing = new Map((await loadAnswers(tx, assessment.id)).map((a) => [a.questionId, a]));
      const audit: (typeof auditLog.$inferInsert)[] = [];
      for (const change of patch.answers) {
        const old = existing.get(change.questionId) ?? {
          questionId: change.questionId,
          value: null,
          evidence: [],
          note: "",
        };
        const next: AssessmentAnswer = {
          questionId: change.questionId,
          value: change.value,
          evidence: change.evidence ?? old.evidence,
          note: change.note ?? old.note,
        };
        const base = {
          assessmentId: assessment.id,
          iso3,
          cycle,
          actorId: actor.userId,
          actorName: actorDisplayName(actor),
          questionId: change.questionId,
        };
        if (old.value !== next.value)
          audit.push({ ...base, field: "value", oldValue: old.value, newValue: next.value });
        if (!sameList(old.evidence, next.evidence))
          audit.push({ ...base, field: "evidence", oldValue: old.evidence, newValue: next.evidence });
        if (old.note !== next.note) audit.push({ ...base, field: "note", oldValue: old.note, newValue: next.note });
        existing.set(change.questionId, next);
        await tx
          .insert(answers)
          .values({ assessmentId: assessment.id, ...next, updatedBy: actor.userId })
          .onConflictDoUpdate({
            target: [answers.assessmentId, answers.questionId],
            set: {
              value: next.value,
              evidence: next.evidence,
              note: next.note,
              updatedAt: new Date(),
              updatedBy: actor.userId,
            },
          });
      }
      if (audit.length > 0) await tx.insert(auditLog).values(audit);
      const scores = scoreAssessment(framework, [...existing.values()]);
      const [updated] = await tx
        .update(assessments)
        .set({ ...scoreColumns(scores), version: currentVersion + 1, updatedAt: new Date() })
        .where(and(eq(assessments.id, assessment.id), eq(assessments.version, row.version)))
        .returning();
      if (!updated)
        throw new ConflictError("This assessment changed while saving. Reload it and apply your change again.");
      return buildView(tx, updated);
    });
  } catch (error) {
    throw conflictOnUniqueViolation(error);
  }
}

function scoreColumns(scores: ScoreResult) {
  return {
    overall: scores.overall,
    tierLevel: scores.tier.level,
    tierName: scores.tier.name,
    pillarScores: scores.pillars,
    outcomeScores: scores.outcomes,
    completion: scores.completion,
  };
}

/** Two first saves of one state at once: the second insert hits the unique key; it is a conflict, not a crash. */
function conflictOnUniqueViolation(error: unknown): unknown {
  const code =
    (error as { code?: string; cause?: { code?: string } })?.code ??
    (error as { cause?: { code?: string } })?.cause?.code;
  if (code === "23505")
    return new ConflictError("This assessment was started by someone else at the same moment. Reload it.", 1);
  return error;
}

export function validationErrorFrom(problems: FieldProblem[], summary = "Invalid answers"): ValidationError {
  const { error, fieldErrors } = describeProblems(problems, summary);
  return new ValidationError(error, fieldErrors);
}

async function recordStatus(tx: Tx, row: AssessmentRow, from: AssessmentStatus, to: AssessmentStatus, actor: Actor) {
  const [history] = await tx
    .insert(statusHistory)
    .values({
      assessmentId: row.id,
      fromStatus: from,
      toStatus: to,
      actorId: actor.userId,
      actorName: actorDisplayName(actor),
    })
    .returning({ id: statusHistory.id });
  await tx.insert(auditLog).values({
    assessmentId: row.id,
    iso3: row.iso3,
    cycle: row.cycle,
    actorId: actor.userId,
    actorName: actorDisplayName(actor),
    field: "status",
    oldValue: from,
    newValue: to,
  });
  return history!.id;
}

async function changeStatus(
  actor: Actor,
  iso3: string,
  cycle: number,
  action: Exclude<StatusAction, "save">,
  extra: (tx: Tx, row: AssessmentRow, framework: Framework, historyId: number) => Promise<void> = async () => {},
): Promise<AssessmentView> {
  if (action === "submit") assertCanEditAnswers(actor, iso3);
  else assertRole(actor, ["analyst", "admin"], `${action} assessments`);
  const db = await getDb();
  return db.transaction(async (tx) => {
    await assertStateAndCycle(tx, iso3, cycle);
    const row = await findAssessment(tx, iso3, cycle, true);
    if (!row) throw new ConflictError(`The ${cycle} assessment of ${iso3} has not been started.`, 0);
    const from = row.status as AssessmentStatus;
    const transition = checkTransition(action, from, actor.role);
    if (!transition.ok) throw new ConflictError(transition.message, row.version);
    const framework = frameworkOf(row.frameworkId);
    if (action === "submit") {
      const check = checkSubmission(framework, await loadAnswers(tx, row.id));
      if (!check.ready) {
        throw new ValidationError(
          `${check.unanswered.length} question(s) are unanswered: ${check.unanswered.join(", ")}.`,
          { unanswered: check.unanswered },
        );
      }
    }
    const historyId = await recordStatus(tx, row, from, transition.to, actor);
    await extra(tx, row, framework, historyId);
    const now = new Date();
    const [updated] = await tx
      .update(assessments)
      .set({
        status: transition.to,
        version: row.version + 1,
        updatedAt: now,
        ...(transition.to === "submitted" ? { submittedAt: now } : {}),
        ...(transition.to === "validated" ? { validatedAt: now } : {}),
      })
      .where(eq(assessments.id, row.id))
      .returning();
    return buildView(tx, updated!);
  });
}

export function submitAssessment(actor: Actor, iso3: string, cycle: number) {
  return changeStatus(actor, iso3, cycle, "submit");
}

export function validateAssessment(actor: Actor, iso3: string, cycle: number) {
  return changeStatus(actor, iso3, cycle, "validate");
}

export function returnAssessment(
  actor: Actor,
  iso3: string,
  cycle: number,
  comments: { questionId: string; text: string }[],
) {
  return changeStatus(actor, iso3, cycle, "return", async (tx, row, framework, historyId) => {
    const known = new Set(framework.questions.map((q) => q.id));
    const problems = comments
      .map((c, i) => ({ path: ["comments", i, "questionId"], message: `Unknown question id "${c.questionId}"` }))
      .filter((_, i) => !known.has(comments[i]!.questionId));
    if (problems.length > 0) throw validationErrorFrom(problems, "Invalid comments");
    if (comments.length > 0) {
      await tx.insert(reviewComments).values(
        comments.map((c) => ({
          assessmentId: row.id,
          statusHistoryId: historyId,
          questionId: c.questionId,
          text: c.text,
          authorId: actor.userId,
          authorName: actorDisplayName(actor),
        })),
      );
    }
  });
}

export interface AuditEntry {
  id: number;
  at: string;
  actor: string;
  field: "value" | "evidence" | "note" | "status";
  questionId: string | null;
  oldValue: unknown;
  newValue: unknown;
}

/** The audit trail of one assessment, newest first. Read-only by construction. */
export async function listAuditTrail(actor: Actor, iso3: string, cycle: number, limit = 500): Promise<AuditEntry[]> {
  const db = await getDb();
  await assertStateAndCycle(db, iso3, cycle);
  const row = await findAssessment(db, iso3, cycle);
  assertCanReadAssessment(actor, iso3, (row?.status ?? "not_started") as AssessmentStatus);
  if (!row) return [];
  const rows = await db
    .select()
    .from(auditLog)
    .where(eq(auditLog.assessmentId, row.id))
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

/** The submission check shown before submitting (what is unanswered, which evidence is missing). */
export async function getSubmissionCheck(actor: Actor, iso3: string, cycle: number) {
  const view = await getAssessment(actor, iso3, cycle);
  return checkSubmission(frameworkOf(view.framework), view.answers as AnswerInput[]);
}

/**
 * Imports a file of answers (prepared offline) into the state's draft: the whole
 * file is checked first and every problem reported; nothing is written unless all
 * of it is valid, and then all of it is written in one transaction.
 */
export async function importAnswers(actor: Actor, iso3: string, cycle: number, file: unknown): Promise<AssessmentView> {
  assertCanEditAnswers(actor, iso3);
  const current = await getAssessment(actor, iso3, cycle);
  const problems = checkAssessmentFile(file, { iso3, cycle, framework: frameworkOf(current.framework) });
  if (problems.length > 0) throw validationErrorFrom(problems, "Invalid answers file");
  const { answers: imported } = file as AssessmentFile;
  if (imported.length === 0) return current;
  return saveAnswers(actor, iso3, cycle, { version: current.version, answers: imported });
}
