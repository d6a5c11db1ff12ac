import type { Framework } from "@/lib/framework/types";
import type { AverageScores } from "@/lib/results/averages";
import { formatScoreChange } from "@/lib/results/format";
import { nextTier } from "@/lib/results/tiers";
import { formatScore, type ScoreResult } from "@/lib/scoring";
import { TIER_BORDER, TierBadge, TierScale } from "./tier-badge";

/** The headline: overall score and tier, then how it compares with the previous cycle and the region. */
export function ScoreSummary({
  framework,
  scores,
  previous,
  regionAverage,
  regionName,
}: {
  framework: Framework;
  scores: ScoreResult;
  previous: { cycle: number; scores: ScoreResult } | null;
  regionAverage: AverageScores | null;
  regionName: string;
}) {
  const next = nextTier(framework, scores.overall);
  return (
    <section
      aria-labelledby="summary-heading"
      className="grid gap-4 md:grid-cols-[minmax(0,1.2fr)_minmax(0,1fr)] print:grid-cols-[minmax(0,1.2fr)_minmax(0,1fr)] print:gap-3"
    >
      <h2 id="summary-heading" className="sr-only">
        Summary
      </h2>
      <div
        className={`card space-y-3 border-s-8 print:p-4 print:shadow-none ${TIER_BORDER[scores.tier.level] ?? ""}`}
        data-testid="overall"
      >
        <p className="eyebrow">Overall score</p>
        <p className="flex items-baseline gap-2">
          <span className="text-5xl font-bold tabular-nums text-brand-900 print:text-4xl" data-testid="overall-score">
            {formatScore(scores.overall)}
          </span>
          <span className="text-sm text-muted">of 100</span>
        </p>
        <p className="text-lg" data-testid="overall-tier">
          <TierBadge tier={scores.tier} />
        </p>
        <TierScale
          tiers={framework.tiers}
          overall={scores.overall}
          label={`On the tier scale from 0 to 100, the overall score ${formatScore(scores.overall)} lies in Tier ${scores.tier.level}, ${scores.tier.name}.`}
        />
        <p className="text-sm text-muted">
          {next
            ? `${formatScore(next.points)} points to Tier ${next.tier.level} · ${next.tier.name}.`
            : "The highest tier of the framework."}
        </p>
      </div>

      <div className="grid gap-4 print:gap-3">
        <div className="card space-y-2 print:p-4 print:shadow-none" data-testid="previous-summary">
          <p className="eyebrow">Since the previous cycle</p>
          {previous ? (
            <>
              <p className="text-3xl font-bold tabular-nums text-brand-900">
                {formatScoreChange(scores.overall - previous.scores.overall)}
              </p>
              <p className="text-sm text-muted">
                {previous.cycle} (validated): {formatScore(previous.scores.overall)}, Tier {previous.scores.tier.level}{" "}
                · {previous.scores.tier.name}
              </p>
            </>
          ) : (
            <p className="text-sm text-muted">No validated assessment in an earlier cycle to compare with.</p>
          )}
        </div>

        <div className="card space-y-2 print:p-4 print:shadow-none" data-testid="region-summary">
          <p className="eyebrow">Against the {regionName} average</p>
          {regionAverage ? (
            <>
              <p className="text-3xl font-bold tabular-nums text-brand-900">
                {formatScoreChange(scores.overall - regionAverage.overall)}
              </p>
              <p className="text-sm text-muted">
                Average {formatScore(regionAverage.overall)} over {regionAverage.count} validated assessment
                {regionAverage.count === 1 ? "" : "s"} of this cycle.
              </p>
            </>
          ) : (
            <p className="text-sm text-muted">
              No assessment of the {regionName} region has been validated in this cycle yet.
            </p>
          )}
        </div>
      </div>
    </section>
  );
}
