import type { ReactNode } from "react";
import { useLocale, useTranslations } from "next-intl";
import type { Tier } from "@/lib/framework/types";
import { formatScore } from "@/lib/scoring";
import { TIER_BORDER, TierBadge, TierScale, useTierName } from "./tier-badge";

/**
 * The overall score as a card: the figure out of 100, its tier, and where it sits on the tier scale. The
 * results page and the public profile show the same card; each puts its own heading and last lines in.
 */
export function OverallScoreCard({
  heading,
  tiers,
  overall,
  tier,
  testIds,
  children,
}: {
  heading: ReactNode;
  tiers: readonly Tier[];
  overall: number;
  tier: { level: number; name: string };
  testIds: { card?: string; score: string; tier: string };
  children?: ReactNode;
}) {
  const t = useTranslations("results.summary");
  const locale = useLocale();
  const tierName = useTierName();
  return (
    <div
      className={`card space-y-3 border-s-8 print:p-4 print:shadow-none ${TIER_BORDER[tier.level] ?? ""}`}
      data-testid={testIds.card}
    >
      {heading}
      <p className="flex items-baseline gap-2">
        <span className="text-5xl font-bold tabular-nums text-brand-900 print:text-4xl" data-testid={testIds.score}>
          {formatScore(overall, locale)}
        </span>
        <span className="text-sm text-muted">{t("outOf100")}</span>
      </p>
      <p className="text-lg" data-testid={testIds.tier}>
        <TierBadge tier={tier} />
      </p>
      <TierScale
        tiers={tiers}
        overall={overall}
        label={t("scaleLabel", { score: formatScore(overall, locale), level: tier.level, name: tierName(tier) })}
      />
      {children}
    </div>
  );
}
