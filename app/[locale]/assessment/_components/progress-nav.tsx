"use client";

import { useTranslations } from "next-intl";
import { useWatch } from "react-hook-form";
import { useQuestionnaireFields } from "./questionnaire-fields";
import type { Framework } from "@/lib/framework/types";
import { groupAnchor, pillarAnchor } from "@/lib/assessment/pillar-anchor";

function Bar({ done, total, label }: { done: number; total: number; label: string }) {
  const t = useTranslations("assessment.progress");
  const pct = total === 0 ? 0 : Math.round((100 * done) / total);
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={total}
      aria-valuenow={done}
      aria-valuetext={t("valueText", { done, total })}
      className="h-1.5 w-full overflow-hidden rounded-full bg-line"
    >
      <div className="h-full rounded-full bg-brand-600" style={{ width: `${pct}%` }} />
    </div>
  );
}

/** Progress overall and per indicator group, with links to each pillar and group; the pillar shown is marked. */
export function ProgressNav({ framework, shown }: { framework: Framework; shown: string }) {
  const t = useTranslations("assessment.progress");
  const { control } = useQuestionnaireFields();
  const answers = useWatch({ control, name: "answers" });
  const answered = (ids: string[]) => ids.filter((id) => answers?.[id]?.value != null).length;
  const all = framework.questions.map((q) => q.id);
  const done = answered(all);

  return (
    <nav aria-label={t("label")} className="card space-y-4 p-4 text-sm">
      <div className="space-y-1">
        <p className="font-semibold">{t("overall", { done, total: all.length })}</p>
        <Bar done={done} total={all.length} label={t("overallLabel")} />
      </div>
      {framework.pillars.map((p) => (
        <div key={p.id} className="space-y-2">
          <a
            href={`#${pillarAnchor(p.id)}`}
            aria-current={p.id === shown ? "step" : undefined}
            className={`eyebrow block no-underline hover:text-brand-700 ${p.id === shown ? "text-brand-800 underline decoration-2 underline-offset-4" : ""}`}
          >
            {p.name}
          </a>
          <ul className="space-y-2">
            {framework.groups
              .filter((g) => g.pillar === p.id)
              .map((g) => {
                const ids = framework.questions.filter((q) => q.group === g.id).map((q) => q.id);
                const n = answered(ids);
                return (
                  <li key={g.id}>
                    <a
                      href={`#${groupAnchor(g.id)}`}
                      className="flex justify-between gap-2 text-ink no-underline hover:text-brand-700"
                    >
                      <span>{g.title}</span>
                      <span className="shrink-0 text-muted">{t("count", { done: n, total: ids.length })}</span>
                    </a>
                    <Bar done={n} total={ids.length} label={t("groupLabel", { group: g.title })} />
                  </li>
                );
              })}
          </ul>
        </div>
      ))}
    </nav>
  );
}
