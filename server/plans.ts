import "server-only";
import {
  findActionForUpdate,
  findLatestAssessment,
  findPlanState,
  insertActions,
  listActionRowsOfState,
  listActionsWithHistory,
  listAllActionsWithState,
  listLatestStatuses,
  loadActionView,
  loadBaseAnswers,
  updateAction,
  type ActionAuthor,
  type LatestAssessment,
} from "@/db/queries/plans";
import { getDb, inTransaction, type Executor } from "@/db/transaction";
import { actorDisplayName, type Actor } from "@/lib/assessment/actor";
import { AppError, appError, type FieldProblem } from "@/lib/errors";
import { CURRENT_FRAMEWORK, frameworkOf } from "@/lib/framework";
import { localizeFramework } from "@/lib/framework/i18n/localize";
import type { Framework } from "@/lib/framework/types";
import type { AnswerInput } from "@/lib/scoring/types";
import { actionChanges, clauseOfQuestion, filterActions, suggestedTitle, type PlanAction } from "@/lib/plan/actions";
import type { ActionPatch, ActionsFromGaps, NewAction, PlanQuery } from "@/lib/plan/plan.validation";
import type { PlanActionView, PlanView, RegionalAction } from "@/lib/plan/view";
import { regionName } from "@/lib/reference/regions";
import { assertBdt, assertCanEditPlan, assertCanReadPlan, canReadPlan, isFocalPointOf } from "./access";
import { getResultsCycle } from "./cycles";

export type { ActionEvent, PlanActionView, PlanBaseAnswer, PlanView, RegionalAction } from "@/lib/plan/view";

function authorOf(actor: Actor): ActionAuthor {
  return { userId: actor.userId, name: actorDisplayName(actor) };
}

/**
 * The state exists (404 otherwise) and the asker may read its plan, which
 * follows the state's newest assessment (returned, for the callers that need it).
 */
async function requireReadablePlan(ex: Executor, actor: Actor, iso3: string) {
  const state = await findPlanState(ex, iso3);
  if (!state) throw appError("not_found.member_state", { iso3 });
  const latest = await findLatestAssessment(ex, iso3);
  assertCanReadPlan(actor, iso3, latest?.status ?? "not_started");
  return { state, latest };
}

/** Refuses (403, 404) whoever may not read the state's plan; for callers that show it another way (the PDF). */
export async function assertPlanReadable(actor: Actor, iso3: string): Promise<void> {
  await requireReadablePlan(await getDb(), actor, iso3);
}

/** The state's actions with their histories, open ones first (then by priority and target date), optionally filtered. */
export async function listPlanActions(actor: Actor, iso3: string, query: PlanQuery = {}): Promise<PlanActionView[]> {
  const db = await getDb();
  await requireReadablePlan(db, actor, iso3);
  return filterActions(await listActionsWithHistory(db, iso3), query);
}

/** The state's actions without their histories, for the questionnaire; the same access as the plan itself. */
export async function listActionsOfState(actor: Actor, iso3: string): Promise<PlanAction[]> {
  const db = await getDb();
  await requireReadablePlan(db, actor, iso3);
  return listActionRowsOfState(db, iso3);
}

/** Everything the plan page shows for one state. */
export async function getPlan(actor: Actor, iso3: string): Promise<PlanView> {
  const db = await getDb();
  const { state, latest } = await requireReadablePlan(db, actor, iso3);
  const [actions, answers, currentCycle] = await Promise.all([
    listActionsWithHistory(db, iso3),
    latest ? loadBaseAnswers(db, latest.id) : [],
    getResultsCycle(),
  ]);
  return {
    state: { ...state, regionName: regionName(state.region) },
    actions,
    base: latest
      ? { cycle: latest.cycle, status: latest.status, framework: frameworkOf(latest.frameworkId), answers }
      : null,
    currentCycle,
    canEdit: isFocalPointOf(actor, iso3),
  };
}

/** The framework new actions are checked against: the one of the state's newest assessment. */
function frameworkForNewActions(latest: LatestAssessment | undefined): Framework {
  return latest ? frameworkOf(latest.frameworkId) : CURRENT_FRAMEWORK;
}

/**
 * Adds actions to the state's plan, all or none, in the cycle results open on.
 * The state's newest assessment is read once: its framework decides which
 * questions exist and gives each action its clause; `build` makes the actions
 * from it (`answers` reads that assessment's answers, for builders that need them), `pathOf` names the field
 * at fault for an unknown question.
 */
async function addActions(
  actor: Actor,
  iso3: string,
  build: (framework: Framework, answers: () => Promise<AnswerInput[]>) => NewAction[] | Promise<NewAction[]>,
  pathOf: (index: number, count: number) => (string | number)[],
): Promise<PlanActionView[]> {
  assertCanEditPlan(actor, iso3);
  const cycle = await getResultsCycle();
  if (cycle === null) throw appError("conflict.no_cycle");
  return inTransaction(async (tx) => {
    if (!(await findPlanState(tx, iso3))) throw appError("not_found.member_state", { iso3 });
    const latest = await findLatestAssessment(tx, iso3);
    const framework = frameworkForNewActions(latest);
    const inputs = await build(framework, async () => (latest ? loadBaseAnswers(tx, latest.id) : []));
    const problems: FieldProblem[] = inputs.flatMap((input, i) =>
      clauseOfQuestion(framework, input.questionId)
        ? []
        : [
            {
              path: pathOf(i, inputs.length),
              message: "",
              code: "validation.unknown_question" as const,
              params: { questionId: input.questionId, framework: framework.id },
            },
          ],
    );
    if (problems.length > 0) {
      const questions = problems.map((p) => p.params!.questionId).join(", ");
      throw new AppError("validation.unknown_questions", { params: { questions }, problems });
    }
    const rows = inputs.map((input) => ({ ...input, clause: clauseOfQuestion(framework, input.questionId)! }));
    return insertActions(tx, iso3, cycle, authorOf(actor), rows);
  });
}

/**
 * Adds actions to the state's plan, all or none, each with its `created` event.
 * Every question must exist in the framework of the state's newest assessment;
 * the clause is the one the question's recommendation comes from.
 */
export function createPlanActions(actor: Actor, iso3: string, inputs: NewAction[]): Promise<PlanActionView[]> {
  return addActions(
    actor,
    iso3,
    () => inputs,
    (i, count) => (count === 1 ? ["questionId"] : [i, "questionId"]),
  );
}

/**
 * The what-if view's one step: each chosen gap becomes an action titled with its recommended action, or with
 * "Add the evidence: …" where the newest assessment's answer is already the best one and lacks only evidence.
 */
export function createActionsFromGaps(
  actor: Actor,
  iso3: string,
  gaps: ActionsFromGaps,
  locale = "en",
): Promise<PlanActionView[]> {
  return addActions(
    actor,
    iso3,
    async (framework, readAnswers) => {
      // Titled in the language the focal point works in: the recommended action as they read it.
      const localized = localizeFramework(framework, locale);
      const answers = await readAnswers();
      return gaps.questionIds.map((questionId) => ({
        questionId,
        title: suggestedTitle(localized, questionId, locale, answers) || questionId,
        owner: gaps.owner,
        targetDate: gaps.targetDate,
        priority: gaps.priority,
        status: "planned",
      }));
    },
    (i) => ["questionIds", i],
  );
}

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
  return inTransaction(async (tx) => {
    const action = await findActionForUpdate(tx, iso3, id);
    if (!action) throw appError("not_found.action", { iso3, id });
    if (action.version !== patch.version) {
      const params = { version: patch.version, current: action.version };
      throw appError("conflict.action_version", params, { currentVersion: action.version });
    }
    const changes = actionChanges(action, patch);
    if (Object.keys(changes).length === 0) return loadActionView(tx, action);
    const updated = await updateAction(tx, action, changes, authorOf(actor));
    if (!updated) throw appError("conflict.action_saved_concurrently");
    return updated;
  });
}

/**
 * Every action of the states whose plan BDT may read (their newest assessment
 * is shared with BDT), with the state's region: the input of BDT's regional view.
 */
export async function listActionsForBdt(actor: Actor): Promise<RegionalAction[]> {
  assertBdt(actor);
  const db = await getDb();
  const [latest, actions] = await Promise.all([listLatestStatuses(db), listAllActionsWithState(db)]);
  const statusOf = new Map(latest.map((r) => [r.iso3, r.status]));
  return actions.filter((a) => canReadPlan(actor, a.iso3, statusOf.get(a.iso3) ?? "not_started"));
}
