import type { CycleSummary } from "@/lib/analysis/summary";
import { formatScore } from "@/lib/scoring";

export function KeyFigures({ summary, countedLabel }: { summary: CycleSummary; countedLabel: string }) {
  const figures = [
    { label: "Member States", value: String(summary.states) },
    { label: `Counted (${countedLabel})`, value: String(summary.counted) },
    { label: "Awaiting review", value: String(summary.awaitingReview) },
    { label: "Mean overall score", value: summary.meanOverall === null ? "—" : formatScore(summary.meanOverall) },
    { label: "Median overall score", value: summary.medianOverall === null ? "—" : formatScore(summary.medianOverall) },
  ];
  return (
    <dl className="grid grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-5">
      {figures.map((f) => (
        <div key={f.label} className="card p-4">
          <dt className="text-xs font-semibold text-muted">{f.label}</dt>
          <dd className="mt-1 text-2xl font-bold text-brand-800 tabular-nums">{f.value}</dd>
        </div>
      ))}
    </dl>
  );
}
