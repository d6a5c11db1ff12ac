import "server-only";
import { and, asc, desc, eq, inArray } from "drizzle-orm";
import { actorDisplayName, type Actor } from "@/lib/assessment/actor";
import type { AssessmentStatus } from "@/lib/assessment/status";
import { CURRENT_FRAMEWORK } from "@/lib/framework";
import { localizeFramework } from "@/lib/framework/i18n/localize";
import type { Framework } from "@/lib/framework/types";
import {
  clauseOfQuestion,
  comparePlanActions,
  filterActions,
  suggestedTitle,
  type PlanAction,
} from "@/lib/plan/actions";
import type { ActionPatch, ActionsFromGaps, NewAction, PlanQuery } from "@/lib/plan/plan.validation";
import { resultsCycle } from "@/lib/results/open-cycle";
import { regionName } from "@/lib/reference/regions";
import { assertCanEditPlan, assertCanReadPlan, assertRole, isSharedWithBdt } from "../authorization";
import type { Database } from "../client";
import { ConflictError, NotFoundError, ValidationError } from "../errors";
import { getDb } from "../index";
import { assessments, memberStates, planActionEvents, planActions } from "../schema/index";
import { frameworkOf } from "@/lib/framework";
import { listCycleRows as listCycles } from "./cycles";

type Tx = Parameters<Parameters<Database["transaction"]>[0]>[0];
type Executor = Database | Tx;
type ActionRow = typeof planActions.$inferSelect;

export interface ActionEvent {
  field: (typeof planActionEvents.$inferSelect)["field"];
  from: unknown;
  to: unknown;
  by: string;
  at: string;
}

export interface PlanActionView extends PlanAction {
  /** Creation and every change, oldest first: the dated status history and the audit trail. */
  history: ActionEvent[];
}

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

async function withHistory(db: Executor, rows: ActionRow[]): Promise<PlanActionView[]> {
  if (rows.length === 0) return [];
  const events = await db
    .select()
    .from(planActionEvents)
    .where(
      inArray(
        planActionEvents.actionId,
        rows.map((r) => r.id),
      ),
    )
    .orderBy(asc(planActionEvents.id));
  const byAction = new Map<string, ActionEvent[]>();
  for (const e of events) {
    const list = byAction.get(e.actionId) ?? [];
    list.push({ field: e.field, from: e.oldValue, to: e.newValue, by: e.actorName, at: e.at.toISOString() });
    byAction.set(e.actionId, list);
  }
  return rows
    .map((row) => ({ ...toAction(row), history: byAction.get(row.id) ?? [] }))
    .sort((a, b) => comparePlanActions(a, b));
}

async function assertState(db: Executor, iso3: string) {
  const [state] = await db
    .select({ iso3: memberStates.iso3, name: memberStates.nameEn, region: memberStates.region })
    .from(memberStates)
    .where(eq(memberStates.iso3, iso3));
  if (!state) throw new NotFoundError(`No ITU Member State has the code ${iso3}.`);
  return state;
}

/** The state's assessment in its newest cycle: what the plan starts from and what decides BDT's access. */
async function latestAssessment(db: Executor, iso3: string) {
  const [row] = await db
    .select()
    .from(assessments)
    .where(eq(assessments.iso3, iso3))
    .orderBy(desc(assessments.cycle))
    .limit(1);
  return row;
}

async function assertReadable(db: Executor, actor: Actor, iso3: string) {
  const state = await assertState(db, iso3);
  const latest = await latestAssessment(db, iso3);
  assertCanReadPlan(actor, iso3, (latest?.status ?? "not_started") as AssessmentStatus);
  return { state, latest };
}

/** The state's actions, open ones first (then by priority and target date), optionally filtered. */
export async function listPlanActions(actor: Actor, iso3: string, query: PlanQuery = {}): Promise<PlanActionView[]> {
  const db = await getDb();
  await assertReadable(db, actor, iso3);
  const rows = await db.select().from(planActions).where(eq(planActions.iso3, iso3));
  return filterActions(await withHistory(db, rows), query);
}

export interface PlanView {
  state: { iso3: string; name: string; region: string; regionName: string };
  actions: PlanActionView[];
  /** The newest assessment the projection starts from; null before the state's first assessment. */
  base: { cycle: number; status: AssessmentStatus; framework: Framework; answers: PlanBaseAnswer[] } | null;
  /** The cycle new actions are recorded in (the open cycle, else the newest). */
  currentCycle: number | null;
  canEdit: boolean;
}

export interface PlanBaseAnswer {
  questionId: string;
  value: string | null;
  evidence: string[];
}

/** Everything the plan page shows for one state. */
export async function getPlan(actor: Actor, iso3: string): Promise<PlanView> {
  const db = await getDb();
  const { state, latest } = await assertReadable(db, actor, iso3);
  const [rows, cycles] = await Promise.all([
    db.select().from(planActions).where(eq(planActions.iso3, iso3)),
    listCycles(),
  ]);
  const answers = latest
    ? await db.query.answers.findMany({
        columns: { questionId: true, value: true, evidence: true },
        where: (a, { eq: equals }) => equals(a.assessmentId, latest.id),
      })
    : [];
  return {
    state: { ...state, regionName: regionName(state.region) },
    actions: await withHistory(db, rows),
    base: latest
      ? {
          cycle: latest.cycle,
          status: latest.status as AssessmentStatus,
          framework: frameworkOf(latest.frameworkId),
          answers,
        }
      : null,
    currentCycle: resultsCycle(cycles),
    canEdit: actor.role === "focal_point" && actor.memberStateIso3 === iso3,
  };
}

/** The framework new actions are checked against: the one of the state's newest assessment. */
function frameworkForNewActions(latest: { frameworkId: string } | undefined): Framework {
  return latest ? frameworkOf(latest.frameworkId) : CURRENT_FRAMEWORK;
}

/**
 * Adds actions to the state's plan, all or none, each with its `created` event.
 * Every question must exist in the framework of the state's newest assessment;
 * the clause is the one the question's recommendation comes from.
 */
export async function createPlanActions(actor: Actor, iso3: string, inputs: NewAction[]): Promise<PlanActionView[]> {
  assertCanEditPlan(actor, iso3);
  const db = await getDb();
  const cycle = resultsCycle(await listCycles());
  if (cycle === null) throw new ConflictError("There is no assessment cycle yet: an action needs one to belong to.");
  return db.transaction(async (tx) => {
    await assertState(tx, iso3);
    const framework = frameworkForNewActions(await latestAssessment(tx, iso3));
    const fieldErrors: Record<string, string[]> = {};
    inputs.forEach((input, i) => {
      if (!clauseOfQuestion(framework, input.questionId)) {
        const key = inputs.length === 1 ? "questionId" : `${i}.questionId`;
        fieldErrors[key] = [`${input.questionId} is not a question of questionnaire ${framework.version}`];
      }
    });
    if (Object.keys(fieldErrors).length > 0)
      throw new ValidationError(`Unknown question: ${Object.values(fieldErrors).flat().join("; ")}.`, fieldErrors);
    const rows = await tx
      .insert(planActions)
      .values(
        inputs.map((input) => ({
          iso3,
          questionId: input.questionId,
          clause: clauseOfQuestion(framework, input.questionId)!,
          title: input.title,
          owner: input.owner,
          targetDate: input.targetDate,
          priority: input.priority,
          status: input.status,
          createdCycle: cycle,
          createdBy: actor.userId,
        })),
      )
      .returning();
    await tx.insert(planActionEvents).values(
      rows.map((row) => {
        const { id, version, createdAt, updatedAt, ...snapshot } = toAction(row);
        void version;
        void createdAt;
        void updatedAt;
        return {
          actionId: id,
          iso3,
          actorId: actor.userId,
          actorName: actorDisplayName(actor),
          field: "created" as const,
          newValue: snapshot,
        };
      }),
    );
    return withHistory(tx, rows);
  });
}

/** The what-if view's one step: each chosen gap becomes an action titled with its recommended action. */
export async function createActionsFromGaps(
  actor: Actor,
  iso3: string,
  gaps: ActionsFromGaps,
  locale = "en",
): Promise<PlanActionView[]> {
  assertCanEditPlan(actor, iso3);
  const db = await getDb();
  // Titled in the language the focal point works in: the recommended action as they read it.
  const framework = localizeFramework(frameworkForNewActions(await latestAssessment(db, iso3)), locale);
  return createPlanActions(
    actor,
    iso3,
    gaps.questionIds.map((questionId) => ({
      questionId,
      title: suggestedTitle(framework, questionId, locale) || questionId,
      owner: gaps.owner,
      targetDate: gaps.targetDate,
      priority: gaps.priority,
      status: "planned",
    })),
  );
}

const PATCH_FIELDS = [
  ["title", "title"],
  ["owner", "owner"],
  ["targetDate", "target_date"],
  ["priority", "priority"],
  ["status", "status"],
] as const;

/**
 * Changes an action, made against `patch.version`; every changed field is
 * recorded with its old and new value. A patch that changes nothing is
 * answered with the action as it is, and its version does not move.
 */
export async function updatePlanAction(
  actor: Actor,
  iso3: string,
  id: string,
  patch: ActionPatch,
): Promise<PlanActionView> {
  assertCanEditPlan(actor, iso3);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(planActions)
      .where(and(eq(planActions.id, id), eq(planActions.iso3, iso3)))
      .for("update");
    if (!row) throw new NotFoundError(`The action plan of ${iso3} has no action ${id}.`);
    if (row.version !== patch.version) {
      throw new ConflictError(
        `This action changed since version ${patch.version}: it is now at version ${row.version}. Reload it and apply your change again.`,
        row.version,
      );
    }
    const changes = PATCH_FIELDS.filter(([key]) => patch[key] !== undefined && patch[key] !== row[key]);
    if (changes.length === 0) return (await withHistory(tx, [row]))[0]!;
    await tx.insert(planActionEvents).values(
      changes.map(([key, field]) => ({
        actionId: row.id,
        iso3,
        actorId: actor.userId,
        actorName: actorDisplayName(actor),
        field,
        oldValue: row[key],
        newValue: patch[key],
      })),
    );
    const [updated] = await tx
      .update(planActions)
      .set({
        ...Object.fromEntries(changes.map(([key]) => [key, patch[key]])),
        version: row.version + 1,
        updatedAt: new Date(),
      })
      .where(and(eq(planActions.id, row.id), eq(planActions.version, row.version)))
      .returning();
    if (!updated) throw new ConflictError("This action changed while saving. Reload it and apply your change again.");
    return (await withHistory(tx, [updated]))[0]!;
  });
}

export interface RegionalAction {
  iso3: string;
  name: string;
  region: string;
  clause: string;
  status: PlanAction["status"];
  targetDate: string;
}

/**
 * Every action of the states whose plan BDT may read (their newest assessment
 * is shared with BDT), with the state's region: the input of BDT's regional view.
 */
export async function listActionsForBdt(actor: Actor): Promise<RegionalAction[]> {
  assertRole(actor, ["analyst", "admin"], "see every state's action plan");
  const db = await getDb();
  const latest = await db
    .selectDistinctOn([assessments.iso3], { iso3: assessments.iso3, status: assessments.status })
    .from(assessments)
    .orderBy(assessments.iso3, desc(assessments.cycle));
  const hidden = new Set(latest.filter((r) => !isSharedWithBdt(r.status as AssessmentStatus)).map((r) => r.iso3));
  const rows = await db
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
  return rows.filter((r) => !hidden.has(r.iso3)).map((r) => ({ ...r, status: r.status as PlanAction["status"] }));
}

/** The state's actions, for the results page and the questionnaire; the same access as the plan itself. */
export async function listActionsOfState(actor: Actor, iso3: string): Promise<PlanAction[]> {
  return (await listPlanActions(actor, iso3)).map(({ history, ...action }) => {
    void history;
    return action;
  });
}

/** Data only (no access check, no history): the state's actions, open ones first. The caller decides who may read them. */
export async function listActionRowsOfState(ex: Executor, iso3: string): Promise<PlanAction[]> {
  const rows = await ex.select().from(planActions).where(eq(planActions.iso3, iso3));
  return rows.map(toAction).sort((a, b) => comparePlanActions(a, b));
}
