import "server-only";
import { and, asc, desc, eq, inArray } from "drizzle-orm";
import type { AssessmentStatus } from "@/lib/assessment/status";
import {
  CHANGEABLE_ACTION_FIELDS,
  comparePlanActions,
  type ActionChanges,
  type ChangeableActionField,
  type PlanAction,
} from "@/lib/plan/actions";
import type { ActionStatus, Priority } from "@/lib/plan/plan.validation";
import type { ActionEvent, ActionEventField, PlanActionView, PlanBaseAnswer, RegionalAction } from "@/lib/plan/view";
import { answers, assessments, memberStates, planActionEvents, planActions } from "../schema/index";
import type { Executor, Tx } from "../transaction";

/**
 * Data access of the action plans: SQL only. Who may read or change a plan is
 * decided by server/plans.ts before these are called.
 */

type ActionRow = typeof planActions.$inferSelect;

/** Who made a change, as an action's history records it. */
export interface ActionAuthor {
  userId: string;
  name: string;
}

/** A new action as it is stored: the clause comes from the question, the cycle from the cycles. */
export interface ActionInsert {
  questionId: string;
  clause: string;
  title: string;
  owner: string;
  targetDate: string;
  priority: Priority;
  status: ActionStatus;
}

/** The name each changeable field has in an action's history. */
const EVENT_FIELD: Record<ChangeableActionField, ActionEventField> = {
  title: "title",
  owner: "owner",
  targetDate: "target_date",
  priority: "priority",
  status: "status",
};

function toAction(row: ActionRow): PlanAction {
  return {
    id: row.id,
    iso3: row.iso3,
    questionId: row.questionId,
    clause: row.clause,
    title: row.title,
    owner: row.owner,
    targetDate: row.targetDate,
    priority: row.priority as PlanAction["priority"],
    status: row.status as PlanAction["status"],
    createdCycle: row.createdCycle,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

async function withHistory(ex: Executor, actions: PlanAction[]): Promise<PlanActionView[]> {
  if (actions.length === 0) return [];
  const events = await ex
    .select()
    .from(planActionEvents)
    .where(
      inArray(
        planActionEvents.actionId,
        actions.map((a) => a.id),
      ),
    )
    .orderBy(asc(planActionEvents.id));
  const byAction = new Map<string, ActionEvent[]>();
  for (const e of events) {
    const list = byAction.get(e.actionId) ?? [];
    list.push({
      field: e.field as ActionEventField,
      from: e.oldValue,
      to: e.newValue,
      by: e.actorName,
      at: e.at.toISOString(),
    });
    byAction.set(e.actionId, list);
  }
  return actions.map((action) => ({ ...action, history: byAction.get(action.id) ?? [] })).sort(comparePlanActions);
}

/** The Member State a plan belongs to (English name); undefined for an unknown code. */
export async function findPlanState(
  ex: Executor,
  iso3: string,
): Promise<{ iso3: string; name: string; region: string } | undefined> {
  const [state] = await ex
    .select({ iso3: memberStates.iso3, name: memberStates.nameEn, region: memberStates.region })
    .from(memberStates)
    .where(eq(memberStates.iso3, iso3));
  return state;
}

export interface LatestAssessment {
  id: string;
  cycle: number;
  status: AssessmentStatus;
  frameworkId: string;
}

/** The state's assessment in its newest cycle: what the plan starts from and what decides BDT's access. */
export async function findLatestAssessment(ex: Executor, iso3: string): Promise<LatestAssessment | undefined> {
  const [row] = await ex
    .select({
      id: assessments.id,
      cycle: assessments.cycle,
      status: assessments.status,
      frameworkId: assessments.frameworkId,
    })
    .from(assessments)
    .where(eq(assessments.iso3, iso3))
    .orderBy(desc(assessments.cycle))
    .limit(1);
  return row && { ...row, status: row.status as AssessmentStatus };
}

/** The answers of one assessment, as the plan's projection starts from them. */
export async function loadBaseAnswers(ex: Executor, assessmentId: string): Promise<PlanBaseAnswer[]> {
  return ex
    .select({ questionId: answers.questionId, value: answers.value, evidence: answers.evidence })
    .from(answers)
    .where(eq(answers.assessmentId, assessmentId));
}

/** Data only (no access check, no history): the state's actions, open ones first. The caller decides who may read them. */
export async function listActionRowsOfState(ex: Executor, iso3: string): Promise<PlanAction[]> {
  const rows = await ex.select().from(planActions).where(eq(planActions.iso3, iso3));
  return rows.map(toAction).sort((a, b) => comparePlanActions(a, b));
}

/** The state's actions with their histories, open ones first. */
export async function listActionsWithHistory(ex: Executor, iso3: string): Promise<PlanActionView[]> {
  return withHistory(ex, await listActionRowsOfState(ex, iso3));
}

/** Inserts actions, each with its `created` event recording what it was made with. */
export async function insertActions(
  tx: Tx,
  iso3: string,
  cycle: number,
  author: ActionAuthor,
  inputs: readonly ActionInsert[],
): Promise<PlanActionView[]> {
  if (inputs.length === 0) return [];
  const rows = await tx
    .insert(planActions)
    .values(inputs.map((input) => ({ ...input, iso3, createdCycle: cycle, createdBy: author.userId })))
    .returning();
  const created = rows.map(toAction);
  await tx.insert(planActionEvents).values(
    created.map(({ id, version, createdAt, updatedAt, ...snapshot }) => {
      void version;
      void createdAt;
      void updatedAt;
      return {
        actionId: id,
        iso3,
        actorId: author.userId,
        actorName: author.name,
        field: "created" as const,
        newValue: snapshot,
      };
    }),
  );
  return withHistory(tx, created);
}

/** One action of the state's plan, locked until the transaction ends; undefined when there is none. */
export async function findActionForUpdate(tx: Tx, iso3: string, id: string): Promise<PlanAction | undefined> {
  const [row] = await tx
    .select()
    .from(planActions)
    .where(and(eq(planActions.id, id), eq(planActions.iso3, iso3)))
    .for("update");
  return row && toAction(row);
}

export async function loadActionView(ex: Executor, action: PlanAction): Promise<PlanActionView> {
  return (await withHistory(ex, [action]))[0]!;
}

/**
 * Writes the changed fields of `action` at the next version, each change with
 * its event (old and new value). Undefined when the row is no longer at
 * `action.version` (changed concurrently): nothing is then written.
 */
export async function updateAction(
  tx: Tx,
  action: PlanAction,
  changes: ActionChanges,
  author: ActionAuthor,
): Promise<PlanActionView | undefined> {
  const [updated] = await tx
    .update(planActions)
    .set({ ...changes, version: action.version + 1, updatedAt: new Date() })
    .where(and(eq(planActions.id, action.id), eq(planActions.version, action.version)))
    .returning();
  if (!updated) return undefined;
  await tx.insert(planActionEvents).values(
    CHANGEABLE_ACTION_FIELDS.filter((key) => changes[key] !== undefined).map((key) => ({
      actionId: action.id,
      iso3: action.iso3,
      actorId: author.userId,
      actorName: author.name,
      field: EVENT_FIELD[key],
      oldValue: action[key],
      newValue: changes[key],
    })),
  );
  return loadActionView(tx, toAction(updated));
}

/** The status of every state's newest assessment (states that have none are absent). */
export async function listLatestStatuses(ex: Executor): Promise<{ iso3: string; status: AssessmentStatus }[]> {
  const rows = await ex
    .selectDistinctOn([assessments.iso3], { iso3: assessments.iso3, status: assessments.status })
    .from(assessments)
    .orderBy(assessments.iso3, desc(assessments.cycle));
  return rows.map((r) => ({ iso3: r.iso3, status: r.status as AssessmentStatus }));
}

/** Every action of every state, with the state's name and region. */
export async function listAllActionsWithState(ex: Executor): Promise<RegionalAction[]> {
  const rows = await ex
    .select({
      iso3: planActions.iso3,
      name: memberStates.nameEn,
      region: memberStates.region,
      clause: planActions.clause,
      status: planActions.status,
      targetDate: planActions.targetDate,
    })
    .from(planActions)
    .innerJoin(memberStates, eq(memberStates.iso3, planActions.iso3));
  return rows.map((r) => ({ ...r, status: r.status as PlanAction["status"] }));
}
