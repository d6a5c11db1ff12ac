import { useLocale, useTranslations } from "next-intl";
import type { CycleSummary } from "@/lib/analysis/summary";
import { formatScore } from "@/lib/scoring";

export function KeyFigures({ summary, include }: { summary: CycleSummary; include: "validated" | "submitted" }) {
  const t = useTranslations("analysis.keyFigures");
  const locale = useLocale();
  const score = (n: number | null) => (n === null ? "—" : formatScore(n, locale));
  const figures = [
    { key: "states", label: t("memberStates"), value: String(summary.states) },
    { key: "counted", label: t("counted", { include }), value: String(summary.counted) },
    { key: "awaiting", label: t("awaitingReview"), value: String(summary.awaitingReview) },
    { key: "mean", label: t("meanOverall"), value: score(summary.meanOverall) },
    { key: "median", label: t("medianOverall"), value: score(summary.medianOverall) },
  ];
  return (
    <dl className="grid grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-5">
      {figures.map((f) => (
        <div key={f.key} className="card p-4">
          <dt className="text-xs font-semibold text-muted">{f.label}</dt>
          <dd className="mt-1 text-2xl font-bold text-brand-800 tabular-nums">{f.value}</dd>
        </div>
      ))}
    </dl>
  );
}
