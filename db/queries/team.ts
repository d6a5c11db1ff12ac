import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Role } from "@/lib/assessment/status";
import { answers, assignments, auditLog, questionComments, user } from "../schema/index";
import type { Executor, Tx } from "../transaction";
import { auditedBy, type AssessmentRow, type ChangeAuthor } from "./assessments";

/** A person of the application, as the team, assignments and mentions name them. */
export interface Person {
  id: string;
  name: string;
  email: string;
  role: Role;
  memberStateIso3: string | null;
}

const personColumns = {
  id: user.id,
  name: user.name,
  email: user.email,
  role: user.role,
  memberStateIso3: user.memberStateIso3,
};

const asPerson = (row: { role: string } & Omit<Person, "role">): Person => ({ ...row, role: row.role as Role });

/** The active accounts of one state (its focal points and contributors), by name. */
export async function listStatePeople(ex: Executor, iso3: string): Promise<Person[]> {
  const rows = await ex
    .select(personColumns)
    .from(user)
    .where(and(eq(user.memberStateIso3, iso3), eq(user.disabled, false)))
    .orderBy(asc(user.name), asc(user.email));
  return rows.map(asPerson);
}

/** The active BDT accounts (analysts and administrators), who may be named in a shared assessment's thread. */
export async function listBdtPeople(ex: Executor): Promise<Person[]> {
  const rows = await ex
    .select(personColumns)
    .from(user)
    .where(and(inArray(user.role, ["analyst", "admin"]), eq(user.disabled, false)))
    .orderBy(asc(user.name));
  return rows.map(asPerson);
}

export async function findPerson(ex: Executor, id: string): Promise<(Person & { disabled: boolean }) | undefined> {
  const [row] = await ex
    .select({ ...personColumns, disabled: user.disabled })
    .from(user)
    .where(eq(user.id, id));
  return row ? { ...asPerson(row), disabled: row.disabled } : undefined;
}

export interface AssignmentRow {
  questionId: string;
  userId: string;
  userName: string;
  userEmail: string;
  dueDate: string | null;
  assignedAt: Date;
}

/** The assignments of one state's assessment in one cycle, by question. */
export async function listAssignmentRows(ex: Executor, iso3: string, cycle: number): Promise<AssignmentRow[]> {
  return ex
    .select({
      questionId: assignments.questionId,
      userId: assignments.userId,
      userName: user.name,
      userEmail: user.email,
      dueDate: assignments.dueDate,
      assignedAt: assignments.assignedAt,
    })
    .from(assignments)
    .innerJoin(user, eq(user.id, assignments.userId))
    .where(and(eq(assignments.iso3, iso3), eq(assignments.cycle, cycle)))
    .orderBy(asc(assignments.questionId));
}

/** Gives a question to a person (moving it from whoever had it). */
export async function upsertAssignment(
  tx: Tx,
  values: {
    iso3: string;
    cycle: number;
    questionId: string;
    userId: string;
    dueDate: string | null;
    assignedBy: string;
  },
): Promise<void> {
  await tx
    .insert(assignments)
    .values(values)
    .onConflictDoUpdate({
      target: [assignments.iso3, assignments.cycle, assignments.questionId],
      set: { userId: values.userId, dueDate: values.dueDate, assignedBy: values.assignedBy, assignedAt: new Date() },
    });
}

/** Withdraws a question's assignment; false when it had none. */
export async function deleteAssignment(tx: Tx, iso3: string, cycle: number, questionId: string): Promise<boolean> {
  const removed = await tx
    .delete(assignments)
    .where(and(eq(assignments.iso3, iso3), eq(assignments.cycle, cycle), eq(assignments.questionId, questionId)))
    .returning({ id: assignments.id });
  return removed.length > 0;
}

/** An assignment recorded in the assessment's audit trail: who had the question before and after. */
export type AssignedValue = { userId: string; name: string; dueDate: string | null } | null;

export async function insertAssignmentAudit(
  tx: Tx,
  row: AssessmentRow,
  author: ChangeAuthor,
  entries: { questionId: string; from: AssignedValue; to: AssignedValue }[],
): Promise<void> {
  if (entries.length === 0) return;
  await tx.insert(auditLog).values(
    entries.map((e) => ({
      ...auditedBy(row, author),
      field: "assignment",
      questionId: e.questionId,
      oldValue: e.from,
      newValue: e.to,
    })),
  );
}

/** Who last changed each answer, and when. */
export async function listAnswerAuthors(ex: Executor, assessmentId: string) {
  return ex
    .select({ questionId: answers.questionId, name: user.name, at: answers.updatedAt, value: answers.value })
    .from(answers)
    .leftJoin(user, eq(user.id, answers.updatedBy))
    .where(eq(answers.assessmentId, assessmentId));
}

export interface CommentRow {
  id: number;
  questionId: string;
  authorId: string | null;
  authorName: string;
  authorRole: string;
  body: string;
  mentions: string[];
  createdAt: Date;
}

const commentColumns = {
  id: questionComments.id,
  questionId: questionComments.questionId,
  authorId: questionComments.authorId,
  authorName: questionComments.authorName,
  authorRole: questionComments.authorRole,
  body: questionComments.body,
  mentions: questionComments.mentions,
  createdAt: questionComments.createdAt,
};

/** One question's thread, oldest first; or every thread of the assessment when `questionId` is omitted. */
export async function listCommentRows(
  ex: Executor,
  iso3: string,
  cycle: number,
  questionId?: string,
): Promise<CommentRow[]> {
  return ex
    .select(commentColumns)
    .from(questionComments)
    .where(
      and(
        eq(questionComments.iso3, iso3),
        eq(questionComments.cycle, cycle),
        questionId === undefined ? undefined : eq(questionComments.questionId, questionId),
      ),
    )
    .orderBy(asc(questionComments.id));
}

export async function insertComment(
  tx: Tx,
  values: Omit<CommentRow, "id" | "createdAt"> & { iso3: string; cycle: number },
): Promise<CommentRow> {
  const [row] = await tx.insert(questionComments).values(values).returning(commentColumns);
  return row!;
}
