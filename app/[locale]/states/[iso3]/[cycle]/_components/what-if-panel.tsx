import { useLocale, useTranslations } from "next-intl";
import type { Framework } from "@/lib/framework/types";
import { formatCompletion, formatScoreChange } from "@/lib/results/format";
import { nextTier } from "@/lib/results/tiers";
import { formatScore, type WhatIfResult } from "@/lib/scoring";
import { Signed } from "./signed";
import { Becomes } from "@/app/_components/becomes";
import { PillarChangeTable } from "@/app/_components/pillar-change-table";
import { TierBadge, useTierLabel } from "@/app/_components/tier-badge";

/** Before → after of the ticked gaps: overall, tier, completion and each pillar. */
export function WhatIfPanel({
  framework,
  result,
  ticked,
  total,
  children,
}: {
  /** In the reader's language (pillar names). */
  framework: Framework;
  result: WhatIfResult;
  ticked: number;
  total: number;
  /** What can be done with the ticked gaps (the focal point's "add to the plan"). */
  children?: React.ReactNode;
}) {
  const t = useTranslations("results.whatIf");
  const locale = useLocale();
  const tierLabel = useTierLabel();
  const { before, after } = result;
  const next = nextTier(framework, after.overall);
  const tierChanged = before.tier.level !== after.tier.level;
  return (
    <aside
      aria-labelledby="what-if-heading"
      className="card space-y-4 self-start lg:sticky lg:top-6 print:hidden"
      data-testid="what-if"
    >
      <div className="space-y-1">
        <h3 id="what-if-heading" className="text-lg font-semibold">
          {t("heading")}
        </h3>
        <p className="text-sm text-muted">{t("intro")}</p>
      </div>
      <div aria-live="polite" className="space-y-4">
        <p className="text-sm font-semibold" data-testid="what-if-count">
          {ticked === 0 ? t("noneTicked") : t("ticked", { ticked, total })}
        </p>
        <dl className="space-y-3">
          <div>
            <dt className="text-xs font-semibold uppercase tracking-wider text-muted rtl:tracking-normal">
              {t("overall")}
            </dt>
            <dd className="flex flex-wrap items-baseline gap-x-2 tabular-nums">
              <span className="text-xl font-semibold text-muted" data-testid="what-if-before">
                {formatScore(before.overall, locale)}
              </span>
              <Becomes label={t("becomes")} />
              <span className="text-3xl font-bold text-brand-900" data-testid="what-if-after">
                {formatScore(after.overall, locale)}
              </span>
              <span
                className={`text-sm font-semibold ${after.overall > before.overall ? "text-ok" : "text-muted"}`}
                data-testid="what-if-change"
              >
                <Signed>{formatScoreChange(after.overall - before.overall, locale)}</Signed>
              </span>
            </dd>
          </div>
          <div>
            <dt className="text-xs font-semibold uppercase tracking-wider text-muted rtl:tracking-normal">
              {t("tier")}
            </dt>
            <dd className="space-y-1 text-sm" data-testid="what-if-tier">
              {tierChanged ? (
                <>
                  <TierBadge tier={before.tier} className="text-muted" />
                  <span className="block" aria-label={t("becomes")}>
                    ↓
                  </span>
                  <TierBadge tier={after.tier} />
                </>
              ) : (
                <TierBadge tier={after.tier} />
              )}
            </dd>
            {next && (
              <dd className="mt-1 text-xs text-muted">
                {t("toNextTier", { points: formatScore(next.points, locale), tier: tierLabel(next.tier) })}
              </dd>
            )}
          </div>
          <div>
            <dt className="text-xs font-semibold uppercase tracking-wider text-muted rtl:tracking-normal">
              {t("answered")}
            </dt>
            <dd className="text-sm tabular-nums">
              {formatCompletion(before.completion, locale)} <Becomes label={t("becomes")} />{" "}
              {formatCompletion(after.completion, locale)}
            </dd>
          </div>
        </dl>
        <PillarChangeTable
          framework={framework}
          before={before}
          after={after}
          locale={locale}
          className="text-xs"
          captionClassName="mb-1 text-start text-xs font-semibold uppercase tracking-wider text-muted rtl:tracking-normal"
          testId="what-if-pillars"
          labels={{ caption: t("pillarsCaption"), pillar: t("pillar"), before: t("now"), after: t("after") }}
        />
      </div>
      {children}
    </aside>
  );
}
