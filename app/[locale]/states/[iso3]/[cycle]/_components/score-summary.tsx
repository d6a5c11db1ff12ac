import { useLocale, useTranslations } from "next-intl";
import type { Framework } from "@/lib/framework/types";
import type { AverageScores } from "@/lib/analysis/averages";
import { formatCompletion, formatScoreChange } from "@/lib/results/format";
import { nextTier } from "@/lib/results/tiers";
import { formatScore, type ScoreResult } from "@/lib/scoring";
import { Signed } from "./signed";
import { OverallScoreCard } from "@/app/_components/overall-score-card";
import { useTierLabel } from "@/app/_components/tier-badge";

/**
 * The headline: overall score and tier, then how it compares with the previous cycle and the region. While the
 * assessment has no score yet (not started or incomplete, lib/results/score-state), it says so, and the
 * comparisons give the other side's figure without a change.
 */
export function ScoreSummary({
  framework,
  scores,
  scored,
  previous,
  regionAverage,
  regionName,
}: {
  framework: Framework;
  scores: ScoreResult;
  /** False while the assessment has no score yet. */
  scored: boolean;
  previous: { cycle: number; scores: ScoreResult } | null;
  regionAverage: AverageScores | null;
  /** In the reader's language. */
  regionName: string;
}) {
  const t = useTranslations("results.summary");
  const tCommon = useTranslations("common");
  const locale = useLocale();
  const tierLabel = useTierLabel();
  const next = nextTier(framework, scores.overall);
  const noChange = <p className="text-lg font-semibold text-muted">{t("noChangeYet")}</p>;
  return (
    <section
      aria-labelledby="summary-heading"
      className="grid gap-4 md:grid-cols-[minmax(0,1.2fr)_minmax(0,1fr)] print:grid-cols-[minmax(0,1.2fr)_minmax(0,1fr)] print:gap-3"
    >
      <h2 id="summary-heading" className="sr-only">
        {t("heading")}
      </h2>
      {!scored ? (
        <div className="card space-y-3 border-s-8 border-line print:p-4 print:shadow-none" data-testid="overall">
          <p className="eyebrow">{t("overall")}</p>
          <p className="text-4xl font-bold text-muted print:text-3xl" data-testid="no-score-yet">
            {tCommon("noScoreYet")}
          </p>
          <p className="text-sm text-muted">
            {t("noScoreYet", { percent: formatCompletion(scores.completion, locale) })}
          </p>
        </div>
      ) : (
        <OverallScoreCard
          heading={<p className="eyebrow">{t("overall")}</p>}
          tiers={framework.tiers}
          overall={scores.overall}
          tier={scores.tier}
          testIds={{ card: "overall", score: "overall-score", tier: "overall-tier" }}
        >
          <p className="text-sm text-muted">
            {next
              ? t("toNextTier", { points: formatScore(next.points, locale), tier: tierLabel(next.tier) })
              : t("highestTier")}
          </p>
        </OverallScoreCard>
      )}

      <div className="grid gap-4 print:gap-3">
        <div className="card space-y-2 print:p-4 print:shadow-none" data-testid="previous-summary">
          <p className="eyebrow">{t("sincePrevious")}</p>
          {previous ? (
            <>
              {scored ? (
                <p className="text-3xl font-bold tabular-nums text-brand-900">
                  <Signed>{formatScoreChange(scores.overall - previous.scores.overall, locale)}</Signed>
                </p>
              ) : (
                noChange
              )}
              <p className="text-sm text-muted">
                {t("previousScore", {
                  cycle: previous.cycle,
                  score: formatScore(previous.scores.overall, locale),
                  tier: tierLabel(previous.scores.tier),
                })}
              </p>
            </>
          ) : (
            <p className="text-sm text-muted">{t("noPrevious")}</p>
          )}
        </div>

        <div className="card space-y-2 print:p-4 print:shadow-none" data-testid="region-summary">
          <p className="eyebrow">{t("againstRegion", { region: regionName })}</p>
          {regionAverage ? (
            <>
              {scored ? (
                <p className="text-3xl font-bold tabular-nums text-brand-900">
                  <Signed>{formatScoreChange(scores.overall - regionAverage.overall, locale)}</Signed>
                </p>
              ) : (
                noChange
              )}
              <p className="text-sm text-muted">
                {t("regionAverage", { score: formatScore(regionAverage.overall, locale), count: regionAverage.count })}
              </p>
            </>
          ) : (
            <p className="text-sm text-muted">{t("noRegion", { region: regionName })}</p>
          )}
        </div>
      </div>
    </section>
  );
}
