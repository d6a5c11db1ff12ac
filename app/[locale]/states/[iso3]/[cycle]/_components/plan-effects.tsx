import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/app/_i18n/navigation";
import type { Framework } from "@/lib/framework/types";
import type { ActionEffect } from "@/lib/plan/projection";
import { formatScoreChange } from "@/lib/results/format";
import { CardSection } from "@/app/_components/card-section";
import { Signed } from "./signed";
import { TableHead } from "@/app/_components/table-head";

function pillarName(framework: Framework, questionId: string): string {
  const pillar = framework.questions.find((q) => q.id === questionId)?.pillar;
  return framework.pillars.find((p) => p.id === pillar)?.name ?? "";
}

/**
 * Which of the plan's actions moved the score: for each action made before this
 * cycle, the change of the overall score due to its question's answer since the
 * previous validated cycle (lib/plan `actionEffects`).
 */
export function PlanEffects({
  effects,
  framework,
  previousCycle,
  cycle,
}: {
  effects: ActionEffect[];
  /** In the reader's language (pillar names). */
  framework: Framework;
  previousCycle: number;
  cycle: number;
}) {
  const t = useTranslations("results.planEffects");
  // An action's status is named as on the plan page.
  const tStatus = useTranslations("plan.status");
  const locale = useLocale();
  const moved = effects.filter((e) => e.points > 0);
  // Two actions on one question share its change: the total counts each question once.
  const byQuestion = new Map(effects.map((e) => [e.action.questionId, e.points]));
  const total = [...byQuestion.values()].reduce((sum, p) => sum + p, 0);
  return (
    <CardSection
      id="plan-effects-heading"
      heading={t("heading")}
      lead={t.rich("summary", {
        moved: moved.length,
        total: effects.length,
        cycle,
        previous: previousCycle,
        points: formatScoreChange(total, locale),
        signed: (chunks) => <Signed>{chunks}</Signed>,
      })}
      className="space-y-3 break-inside-avoid"
      testId="plan-effects"
    >
      <table className="data-table text-sm">
        <caption className="sr-only">{t("caption", { cycle, previous: previousCycle })}</caption>
        <TableHead
          columns={[
            { label: t("action") },
            { label: t("question") },
            { label: t("status") },
            { label: t("scoreChange"), className: "text-end" },
          ]}
        />
        <tbody>
          {effects.map(({ action, points, closed }) => (
            <tr key={action.id} data-action={action.id} data-points={points}>
              <td>
                <Link href={`/plan#action-${action.id}`}>{action.title}</Link>
              </td>
              <td>
                <span className="font-mono text-xs">{action.questionId}</span>{" "}
                <span className="text-xs text-muted">
                  {pillarName(framework, action.questionId)}
                  {closed && <> · {t("gapClosed")}</>}
                </span>
              </td>
              <td>{tStatus(action.status)}</td>
              <td
                className={`text-end tabular-nums ${points > 0 ? "font-semibold text-ok" : points < 0 ? "text-danger" : "text-muted"}`}
              >
                {points === 0 ? t("noChange") : <Signed>{formatScoreChange(points, locale)}</Signed>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </CardSection>
  );
}
