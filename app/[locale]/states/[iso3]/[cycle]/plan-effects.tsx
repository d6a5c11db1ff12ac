import Link from "next/link";
import type { Framework } from "@/lib/framework/types";
import type { ActionEffect } from "@/lib/plan/projection";
import { STATUS_LABEL } from "@/lib/plan/plan.validation";
import { formatScoreChange } from "@/lib/results/format";

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
  framework: Framework;
  previousCycle: number;
  cycle: number;
}) {
  const moved = effects.filter((e) => e.points > 0);
  // Two actions on one question share its change: the total counts each question once.
  const byQuestion = new Map(effects.map((e) => [e.action.questionId, e.points]));
  const total = [...byQuestion.values()].reduce((sum, p) => sum + p, 0);
  return (
    <section
      aria-labelledby="plan-effects-heading"
      className="card space-y-3 break-inside-avoid"
      data-testid="plan-effects"
    >
      <div className="space-y-1">
        <h2 id="plan-effects-heading" className="text-2xl font-bold text-brand-900 print:text-xl">
          What the action plan achieved
        </h2>
        <p className="max-w-3xl text-sm text-muted">
          {moved.length} of the {effects.length} actions planned before {cycle} moved the overall score since{" "}
          {previousCycle}, together by {formatScoreChange(total)} points. Each action is credited with the change of its
          own question&apos;s answer only.
        </p>
      </div>
      <table className="data-table text-sm">
        <caption className="sr-only">
          Actions planned before {cycle} and the change of the overall score their questions made since {previousCycle}
        </caption>
        <thead>
          <tr>
            <th scope="col">Action</th>
            <th scope="col">Question</th>
            <th scope="col">Status</th>
            <th scope="col" className="text-end">
              Score change
            </th>
          </tr>
        </thead>
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
                  {closed ? " · gap closed" : ""}
                </span>
              </td>
              <td>{STATUS_LABEL[action.status]}</td>
              <td
                className={`text-end tabular-nums ${points > 0 ? "font-semibold text-ok" : points < 0 ? "text-danger" : "text-muted"}`}
              >
                {points === 0 ? "no change" : formatScoreChange(points)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
