import "server-only";
import { findAssessment, insertDraft, recordStatusChange, type AssessmentRow } from "@/db/queries/assessments";
import {
  deleteAssignment,
  findPerson,
  insertAssignmentAudit,
  listAnswerAuthors,
  listAssignmentRows,
  listStatePeople,
  upsertAssignment,
  type AssignedValue,
  type Person,
} from "@/db/queries/team";
import { getDb, inTransaction, type Executor, type Tx } from "@/db/transaction";
import { actorDisplayName, type Actor } from "@/lib/assessment/actor";
import { checkTransition, type AssessmentStatus } from "@/lib/assessment/status";
import { AppError, appError } from "@/lib/errors";
import { CURRENT_FRAMEWORK, frameworkOf } from "@/lib/framework";
import { assignmentChanges, expandAssignment } from "@/lib/team/assignments";
import type { AssignmentRequest } from "@/lib/team/team.validation";
import { assertCanManageTeam, assertStateMember } from "./access";
import { requireStateAndCycle } from "./assessments";
import { wakeMailSender } from "./mail-sender";
import { notify, type NotifyContext } from "./notifications";

/**
 * A state's team: its focal points share the questionnaire out to contributors (questions or whole indicator
 * groups, each with a due date or none), see who answered what, and sign off; submitting stays theirs.
 */

export interface Assignment {
  questionId: string;
  userId: string;
  name: string;
  email: string;
  dueDate: string | null;
  assignedAt: string;
}

export interface AnswerAuthor {
  questionId: string;
  /** Who last changed the answer (null when that account is gone), and when. */
  name: string | null;
  at: string;
  answered: boolean;
}

export interface TeamView {
  iso3: string;
  cycle: number;
  status: AssessmentStatus;
  framework: string;
  people: Person[];
  assignments: Assignment[];
  answers: AnswerAuthor[];
}

const authorOf = (actor: Actor) => ({ userId: actor.userId, name: actorDisplayName(actor) });

async function assignmentsOf(ex: Executor, iso3: string, cycle: number): Promise<Assignment[]> {
  const rows = await listAssignmentRows(ex, iso3, cycle);
  return rows.map((r) => ({
    questionId: r.questionId,
    userId: r.userId,
    name: r.userName,
    email: r.userEmail,
    dueDate: r.dueDate,
    assignedAt: r.assignedAt.toISOString(),
  }));
}

/** The assignments of a state's assessment in a cycle (its own people only). */
export async function listAssignments(actor: Actor, iso3: string, cycle: number): Promise<Assignment[]> {
  assertStateMember(actor, iso3);
  const db = await getDb();
  await requireStateAndCycle(db, iso3, cycle);
  return assignmentsOf(db, iso3, cycle);
}

/** The state's people, the assignments and who last changed each answer (its own people only). */
export async function getTeam(actor: Actor, iso3: string, cycle: number): Promise<TeamView> {
  assertStateMember(actor, iso3);
  const db = await getDb();
  await requireStateAndCycle(db, iso3, cycle);
  const row = await findAssessment(db, iso3, cycle);
  const [people, assignments, authors] = await Promise.all([
    listStatePeople(db, iso3),
    assignmentsOf(db, iso3, cycle),
    row ? listAnswerAuthors(db, row.id) : Promise.resolve([]),
  ]);
  return {
    iso3,
    cycle,
    status: (row?.status ?? "not_started") as AssessmentStatus,
    framework: row?.frameworkId ?? CURRENT_FRAMEWORK.id,
    people,
    assignments,
    answers: authors.map((a) => ({
      questionId: a.questionId,
      name: a.name,
      at: a.at.toISOString(),
      answered: a.value !== null,
    })),
  };
}

/**
 * The assessment that work is shared out on, locked: in the open cycle, still editable; started as a draft
 * when nobody has answered yet (sharing out the work begins it, and the start is in its history).
 */
async function assessmentToShareOut(tx: Tx, actor: Actor, iso3: string, cycle: number): Promise<AssessmentRow> {
  const cycleRow = await requireStateAndCycle(tx, iso3, cycle);
  if (cycleRow.status !== "open") throw appError("conflict.cycle_closed", { cycle });
  const row = await findAssessment(tx, iso3, cycle, { forUpdate: true });
  const status = (row?.status ?? "not_started") as AssessmentStatus;
  const transition = checkTransition("save", status, actor.role);
  if (!transition.ok) throw new AppError(transition.code, { params: transition.params });
  if (row) return row;
  const draft = await insertDraft(tx, { iso3, cycle, frameworkId: CURRENT_FRAMEWORK.id });
  await recordStatusChange(tx, draft, "not_started", "draft", authorOf(actor));
  return draft;
}

function assigneeProblem(iso3: string) {
  return new AppError("validation.assignee", {
    params: { iso3 },
    problems: [{ path: ["userId"], message: "", code: "validation.assignee", params: { iso3 } }],
  });
}

/**
 * Gives questions (or whole indicator groups) to a contributor of the state, by `dueDate` or not. One person
 * per question: a question someone else had moves. Each change is in the audit trail, and the contributor is
 * told by e-mail of the questions newly theirs, in the same transaction. Returns every assignment.
 */
export async function assignQuestions(
  actor: Actor,
  iso3: string,
  cycle: number,
  input: AssignmentRequest,
  context: NotifyContext,
): Promise<Assignment[]> {
  assertCanManageTeam(actor, iso3);
  const result = await inTransaction(async (tx) => {
    const row = await assessmentToShareOut(tx, actor, iso3, cycle);
    const { questionIds, problems } = expandAssignment(frameworkOf(row.frameworkId), input.questionIds);
    if (problems.length > 0) throw new AppError("validation.assignments", { problems });
    const person = await findPerson(tx, input.userId);
    if (!person || person.disabled || person.role !== "contributor" || person.memberStateIso3 !== iso3)
      throw assigneeProblem(iso3);
    const current = await listAssignmentRows(tx, iso3, cycle);
    const changes = assignmentChanges(current, person.id, questionIds, input.dueDate);
    for (const { questionId } of changes)
      await upsertAssignment(tx, {
        iso3,
        cycle,
        questionId,
        userId: person.id,
        dueDate: input.dueDate,
        assignedBy: actor.userId,
      });
    const to: AssignedValue = { userId: person.id, name: person.name, dueDate: input.dueDate };
    await insertAssignmentAudit(
      tx,
      row,
      authorOf(actor),
      changes.map((c) => ({
        questionId: c.questionId,
        from: c.previous
          ? {
              userId: c.previous.userId,
              name: current.find((a) => a.questionId === c.questionId)!.userName,
              dueDate: c.previous.dueDate,
            }
          : null,
        to,
      })),
    );
    if (changes.length > 0)
      await notify(tx, {
        userId: person.id,
        kind: "assignment",
        params: {
          cycle,
          iso3,
          assigner: actorDisplayName(actor),
          count: changes.length,
          questions: changes.map((c) => c.questionId).join(", "),
          dueDate: input.dueDate ?? "",
        },
        origin: context.requestOrigin,
        locale: context.locale,
      });
    return { assignments: await assignmentsOf(tx, iso3, cycle), notified: changes.length > 0 };
  });
  if (result.notified) wakeMailSender();
  return result.assignments;
}

/** Takes a question back from whoever had it (the focal points answer it again); in the audit trail. */
export async function withdrawAssignment(
  actor: Actor,
  iso3: string,
  cycle: number,
  questionId: string,
): Promise<Assignment[]> {
  assertCanManageTeam(actor, iso3);
  return inTransaction(async (tx) => {
    await requireStateAndCycle(tx, iso3, cycle);
    const current = (await listAssignmentRows(tx, iso3, cycle)).find((a) => a.questionId === questionId);
    const row = await findAssessment(tx, iso3, cycle, { forUpdate: true });
    if (!current || !row || !(await deleteAssignment(tx, iso3, cycle, questionId)))
      throw appError("not_found.assignment", { questionId });
    await insertAssignmentAudit(tx, row, authorOf(actor), [
      { questionId, from: { userId: current.userId, name: current.userName, dueDate: current.dueDate }, to: null },
    ]);
    return assignmentsOf(tx, iso3, cycle);
  });
}
