import { creditColour, formatCredit } from "@/lib/analysis/heatmap";

/** Hatching for a question a state left unanswered: "no answer" must not look like "no credit". */
export const NO_ANSWER_BACKGROUND = "repeating-linear-gradient(45deg, #eceff3 0 3px, #c3ccd5 3px 4px)";

export function HeatmapLegend() {
  const steps = [0, 0.25, 0.5, 0.75, 1];
  return (
    <div className="flex flex-wrap items-center gap-x-5 gap-y-2 text-xs text-ink">
      <span className="font-semibold text-muted">Credit earned:</span>
      <ul aria-label="Heat map legend" className="flex flex-wrap items-center gap-x-4 gap-y-2">
        {steps.map((s) => (
          <li key={s} className="flex items-center gap-1.5">
            <span
              aria-hidden="true"
              className="h-4 w-5 rounded-sm border border-line"
              style={{ background: creditColour(s) }}
            />
            {formatCredit(s)}
            {s === 0 ? " (none)" : s === 1 ? " (full)" : ""}
          </li>
        ))}
        <li className="flex items-center gap-1.5">
          <span
            aria-hidden="true"
            className="h-4 w-5 rounded-sm border border-line"
            style={{ background: NO_ANSWER_BACKGROUND }}
          />
          No answer
        </li>
      </ul>
    </div>
  );
}
