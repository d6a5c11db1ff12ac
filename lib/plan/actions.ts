/**
 * Plain rules about plan actions: which are open, which are overdue, and the
 * title an action gets when it is made from a gap.
 */
import type { Framework } from "../framework";
import { localizedClauseCitation } from "../framework/i18n/citations";
import { withoutClosingCitation } from "../results/gap-rows";
import { addEvidenceAction, isEvidenceOnlyGap } from "../results/evidence-only";
import type { AnswerInput } from "../scoring/types";
import { isOpen, type ActionStatus, type Priority } from "./plan.validation";

export { isOpen };

export interface PlanAction {
  id: string;
  iso3: string;
  questionId: string;
  clause: string;
  title: string;
  owner: string;
  /** "YYYY-MM-DD". */
  targetDate: string;
  priority: Priority;
  status: ActionStatus;
  /** The cycle that was current when the action was made: an action from an earlier cycle has carried over. */
  createdCycle: number;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** Open and past its target date; `today` is "YYYY-MM-DD" (UTC), passed in so that tests and pages agree. */
export function isOverdue(action: Pick<PlanAction, "status" | "targetDate">, today: string): boolean {
  return isOpen(action) && action.targetDate < today;
}

export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/**
 * The title an action made from a question's gap starts with: the question's recommended action, or, when
 * `answers` make it an evidence-only gap (best answer, required evidence missing), "Add the evidence: …".
 */
export function suggestedTitle(
  framework: Framework,
  questionId: string,
  locale = "en",
  answers: readonly AnswerInput[] = [],
): string {
  const question = framework.questions.find((q) => q.id === questionId);
  if (!question) return "";
  if (isEvidenceOnlyGap(question, answers)) return addEvidenceAction(question, locale);
  const { action, clause } = question.recommendation;
  return withoutClosingCitation(action, localizedClauseCitation(clause, locale));
}

/** The clause an action on this question addresses: the one its recommendation comes from. */
export function clauseOfQuestion(framework: Framework, questionId: string): string | undefined {
  return framework.questions.find((q) => q.id === questionId)?.recommendation.clause;
}

const PRIORITY_ORDER: Record<Priority, number> = { high: 0, medium: 1, low: 2 };

/** Open actions first, then by priority, then by target date, then by title: the order a plan is read in. */
export function comparePlanActions(a: PlanAction, b: PlanAction): number {
  return (
    Number(isOpen(b)) - Number(isOpen(a)) ||
    PRIORITY_ORDER[a.priority] - PRIORITY_ORDER[b.priority] ||
    a.targetDate.localeCompare(b.targetDate) ||
    a.title.localeCompare(b.title)
  );
}

/** The actions that pass the plan's filters (an absent filter passes everything). */
export function filterActions<T extends Pick<PlanAction, "status" | "priority">>(
  actions: readonly T[],
  filters: { status?: ActionStatus; priority?: Priority },
): T[] {
  return actions.filter(
    (a) => (!filters.status || a.status === filters.status) && (!filters.priority || a.priority === filters.priority),
  );
}

/** The fields of an action a change may set. */
export const CHANGEABLE_ACTION_FIELDS = ["title", "owner", "targetDate", "priority", "status"] as const;
export type ChangeableActionField = (typeof CHANGEABLE_ACTION_FIELDS)[number];
export type ActionChanges = Partial<Pick<PlanAction, ChangeableActionField>>;

/** What a change really changes: the fields it sets to a value other than the action's own. */
export function actionChanges(action: PlanAction, patch: ActionChanges): ActionChanges {
  const changes: ActionChanges = {};
  for (const field of CHANGEABLE_ACTION_FIELDS) {
    const value = patch[field];
    if (value !== undefined && value !== action[field]) Object.assign(changes, { [field]: value });
  }
  return changes;
}
