import { useFormatter, useTranslations } from "next-intl";
import { Link } from "@/app/_i18n/navigation";
import type { PlanAction } from "@/lib/plan/actions";
import { formatDay } from "./format-day";

export type PlannedActionSummary = Pick<
  PlanAction,
  "id" | "questionId" | "title" | "status" | "owner" | "targetDate" | "createdCycle"
>;

/** The plan's actions on one question, where the question is shown (gap list, questionnaire). */
export function PlannedActionsNote({ actions, cycle }: { actions: readonly PlannedActionSummary[]; cycle?: number }) {
  const t = useTranslations("plan");
  const format = useFormatter();
  if (actions.length === 0) return null;
  return (
    <div
      className="space-y-1 rounded-md border-s-4 border-brand-500 bg-brand-50 p-3 text-sm"
      role="note"
      aria-label={t("plannedNote.label")}
      data-testid="planned-actions"
    >
      <p className="font-semibold text-brand-800">{t("plannedNote.label")}</p>
      <ul className="space-y-1">
        {actions.map((a) => (
          <li key={a.id}>
            <Link href={`/plan#action-${a.id}`} className="font-medium">
              {a.title}
            </Link>{" "}
            <span className="text-muted">
              · {t(`status.${a.status}`)} · {a.owner} ·{" "}
              {t("plannedNote.due", { date: formatDay(format, a.targetDate) })}
              {cycle !== undefined &&
                a.createdCycle < cycle &&
                ` · ${t("plannedNote.carriedOver", { cycle: String(a.createdCycle) })}`}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
