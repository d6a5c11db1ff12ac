import { getLocale, getTranslations } from "next-intl/server";
import { formatScore, type ScoreResult } from "@/lib/scoring";
import { tierText } from "@/app/_components/tier-text";

/**
 * The self-assessed and the validated score side by side (docs/methodology.md, "Two scores"); the validated
 * one reads "not validated yet" until BDT validates the assessment.
 */
export async function TwoScores({ scores, validated }: { scores: ScoreResult; validated: ScoreResult | null }) {
  const t = await getTranslations("validation.scores");
  const shared = await getTranslations("analysis.shared");
  const names = await getTranslations("common.tierNames");
  const locale = await getLocale();
  const tier = (s: ScoreResult) => tierText(shared, names, s.tier);
  return (
    <section
      aria-labelledby="two-scores-heading"
      className="card space-y-3 print:p-4 print:shadow-none"
      data-testid="two-scores"
    >
      <h2 id="two-scores-heading" className="text-lg font-bold text-brand-900">
        {t("title")}
      </h2>
      <dl className="grid gap-4 sm:grid-cols-2">
        <div data-testid="self-assessed-score">
          <dt className="eyebrow">{t("self")}</dt>
          <dd className="text-3xl font-bold">{formatScore(scores.overall, locale)}</dd>
          <dd className="text-sm text-muted">{tier(scores)}</dd>
        </div>
        <div data-testid="validated-score">
          <dt className="eyebrow">{t("validated")}</dt>
          {validated ? (
            <>
              <dd className="text-3xl font-bold">{formatScore(validated.overall, locale)}</dd>
              <dd className="text-sm text-muted">{tier(validated)}</dd>
            </>
          ) : (
            <dd className="text-lg font-semibold text-muted">{t("notYet")}</dd>
          )}
        </div>
      </dl>
      <p className="text-sm text-muted">{t("explain")}</p>
    </section>
  );
}
