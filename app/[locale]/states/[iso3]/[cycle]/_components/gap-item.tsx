"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { Link } from "@/app/_i18n/navigation";
import type { GapRow } from "@/lib/results/gap-rows";
import { formatCredit } from "@/lib/results/format";
import { formatScore } from "@/lib/scoring";
import { isOpen } from "@/lib/plan/plan-values";
import { AddActionForm } from "./add-action-form";
import { PlannedActionsNote, type PlannedActionSummary } from "@/app/_components/plan/planned-actions-note";
import { Signed } from "./signed";

/** One gap of the ranked list: what falls short, by how much, and what Resolution 45 recommends. */
export function GapItem({
  row,
  checked,
  onToggle,
  plan,
}: {
  /** In the reader's language (texts, answers, citation and summary). */
  row: GapRow;
  checked: boolean;
  onToggle: (questionId: string) => void;
  plan: { iso3: string; canEdit: boolean; cycle: number; actions: PlannedActionSummary[] } | null;
}) {
  const t = useTranslations("results.gapItem");
  const locale = useLocale();
  const [adding, setAdding] = useState(false);
  const planned = plan?.actions.some(isOpen) ?? false;
  const checkboxId = `what-if-${row.questionId}`;
  return (
    <li
      className={`card break-inside-avoid p-4 transition-colors print:rounded-none print:border-0 print:border-b print:bg-transparent print:px-0 print:py-2 print:shadow-none ${
        checked ? "border-brand-500 bg-brand-50" : ""
      }`}
      data-question={row.questionId}
      data-shortfall={row.shortfall}
    >
      <div className="flex gap-3">
        <input
          id={checkboxId}
          type="checkbox"
          className="mt-1 h-4 w-4 shrink-0 accent-brand-600 print:hidden"
          checked={checked}
          onChange={() => onToggle(row.questionId)}
          aria-label={t("include", { id: row.questionId })}
        />
        <div className="min-w-0 flex-1 space-y-2 print:space-y-1">
          <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-1">
            <p className="flex flex-wrap items-center gap-2 text-xs">
              <span className="font-semibold text-muted">{t("rank", { rank: row.rank })}</span>
              <span className="badge bg-brand-900 font-mono text-white">{row.questionId}</span>
              <span className="badge bg-brand-100 text-brand-800">{row.pillarName}</span>
              <span className="badge bg-canvas text-ink" title={row.outcomeName}>
                {t("outcome", { id: row.outcomeId })}
              </span>
              {row.evidenceMissing && <span className="badge bg-amber-100 text-warn">{t("evidenceMissing")}</span>}
            </p>
            <p className="whitespace-nowrap text-end" data-testid="gap-shortfall">
              {t.rich("shortfall", {
                points: formatScore(row.shortfall, locale),
                value: (chunks) => (
                  <span className="text-lg font-bold tabular-nums text-brand-800 print:text-base">
                    <Signed>{chunks}</Signed>
                  </span>
                ),
                unit: (chunks) => <span className="text-xs text-muted">{chunks}</span>,
              })}
            </p>
          </div>
          <label
            htmlFor={checkboxId}
            className="block cursor-pointer font-semibold leading-snug print:cursor-auto print:text-sm"
          >
            {row.questionText}
          </label>
          <p className="text-sm text-muted print:text-xs">
            {t.rich("answers", {
              current: row.currentAnswer ?? t("notAnswered"),
              currentCredit: formatCredit(row.currentCredit, locale),
              best: row.bestAnswer,
              bestCredit: formatCredit(row.bestCredit, locale),
              answer: (chunks) => <span className="text-ink">{chunks}</span>,
            })}
            {row.evidenceOnly && <> · {t("onlyEvidence")}</>}
          </p>
          <p className="text-sm print:text-xs">
            <span className="font-semibold">{t("recommendedAction")} </span>
            {row.action}
          </p>
          <p className="text-xs text-muted">
            {row.clauseCitation} (
            <Link
              href={{ pathname: "/framework", query: { view: "clauses" }, hash: row.clauseId }}
              className="font-mono"
            >
              {row.clauseId}
            </Link>
            ){/* On paper the citation is enough; the summary would add a line to every gap. */}
            {row.clauseSummary && (
              <span className="print:hidden">{t("clauseSummary", { summary: row.clauseSummary })}</span>
            )}
          </p>
          {plan && (
            <div className="space-y-2 print:hidden">
              <PlannedActionsNote actions={plan.actions} cycle={plan.cycle} />
              {plan.canEdit &&
                (adding ? (
                  <AddActionForm
                    iso3={plan.iso3}
                    questionId={row.questionId}
                    suggestedTitle={row.action}
                    onCreated={() => setAdding(false)}
                    onCancel={() => setAdding(false)}
                  />
                ) : (
                  <button type="button" className="btn-secondary text-sm" onClick={() => setAdding(true)}>
                    {planned ? t("addAnother") : t("addToPlan")}
                  </button>
                ))}
            </div>
          )}
        </div>
      </div>
    </li>
  );
}
