"use client";

import { useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import type { GapRow } from "@/lib/results/gap-rows";
import {
  scoringAnswers,
  scoringFramework,
  type PlannerAnswer,
  type PlannerFramework,
} from "@/lib/results/planner-data";
import { whatIf } from "@/lib/scoring";
import { GapsToActionsForm } from "./gaps-to-actions-form";
import type { PlannedActionSummary } from "@/app/_components/plan/planned-actions-note";
import { GapItem } from "./gap-item";
import { WhatIfPanel } from "./what-if-panel";

const QUICK_PICK = 5;

/**
 * The ranked gaps with a what-if beside them. The what-if is the published
 * scoring rule (lib/scoring `whatIf`) run in the browser on the assessment's
 * answers, so its numbers are the ones the server would compute. It receives only what the scoring
 * reads (lib/results/planner-data); the words it shows come with the gap rows.
 */
export function GapPlanner({
  framework,
  answers,
  rows,
  plan,
}: {
  /** What the scoring reads of the assessment's framework (lib/results `plannerFramework`), in the reader's language. */
  framework: PlannerFramework;
  answers: PlannerAnswer[];
  rows: GapRow[];
  /** The state's plan, when the reader may see it; `canEdit` for the state's focal points. */
  plan: { iso3: string; canEdit: boolean; cycle: number; actions: PlannedActionSummary[] } | null;
}) {
  const t = useTranslations("results.planner");
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const scoring = useMemo(
    () => ({ framework: scoringFramework(framework), answers: scoringAnswers(answers) }),
    [framework, answers],
  );
  const result = useMemo(() => whatIf(scoring.framework, scoring.answers, [...ticked]), [scoring, ticked]);
  const toggle = (questionId: string) =>
    setTicked((current) => {
      const next = new Set(current);
      if (!next.delete(questionId)) next.add(questionId);
      return next;
    });

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_19rem] print:block">
      <div className="space-y-3">
        <div className="flex flex-wrap items-center gap-2 print:hidden">
          <button
            type="button"
            className="btn-secondary"
            onClick={() => setTicked(new Set(rows.slice(0, QUICK_PICK).map((r) => r.questionId)))}
          >
            {t("tickLargest", { count: Math.min(QUICK_PICK, rows.length) })}
          </button>
          <button
            type="button"
            className="btn-secondary"
            onClick={() => setTicked(new Set())}
            disabled={ticked.size === 0}
          >
            {t("untickAll")}
          </button>
        </div>
        <ol className="space-y-3" aria-label={t("listLabel")} data-testid="gap-list">
          {rows.map((row) => (
            <GapItem
              key={row.questionId}
              row={row}
              checked={ticked.has(row.questionId)}
              onToggle={toggle}
              plan={
                plan && {
                  iso3: plan.iso3,
                  canEdit: plan.canEdit,
                  cycle: plan.cycle,
                  actions: plan.actions.filter((a) => a.questionId === row.questionId),
                }
              }
            />
          ))}
        </ol>
      </div>
      <WhatIfPanel framework={scoring.framework} result={result} ticked={ticked.size} total={rows.length}>
        {plan?.canEdit && ticked.size > 0 && <GapsToActionsForm iso3={plan.iso3} questionIds={[...ticked]} />}
      </WhatIfPanel>
    </div>
  );
}
