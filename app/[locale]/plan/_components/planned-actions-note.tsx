import Link from "next/link";
import type { PlanAction } from "@/lib/plan/actions";
import { STATUS_LABEL } from "@/lib/plan/plan.validation";

export type PlannedActionSummary = Pick<
  PlanAction,
  "id" | "questionId" | "title" | "status" | "owner" | "targetDate" | "createdCycle"
>;

/** The plan's actions on one question, where the question is shown (gap list, questionnaire). */
export function PlannedActionsNote({ actions, cycle }: { actions: readonly PlannedActionSummary[]; cycle?: number }) {
  if (actions.length === 0) return null;
  return (
    <div
      className="space-y-1 rounded-md border-s-4 border-brand-500 bg-brand-50 p-3 text-sm"
      role="note"
      aria-label="In the action plan"
      data-testid="planned-actions"
    >
      <p className="font-semibold text-brand-800">In the action plan</p>
      <ul className="space-y-1">
        {actions.map((a) => (
          <li key={a.id}>
            <Link href={`/plan#action-${a.id}`} className="font-medium">
              {a.title}
            </Link>{" "}
            <span className="text-muted">
              · {STATUS_LABEL[a.status]} · {a.owner} · due {a.targetDate}
              {cycle !== undefined && a.createdCycle < cycle && ` · carried over from the ${a.createdCycle} cycle`}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
