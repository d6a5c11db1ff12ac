import { useLocale, useTranslations } from "next-intl";
import type { Framework } from "@/lib/framework/types";
import { formatScoreChange } from "@/lib/results/format";
import { formatScore, type WhatIfResult } from "@/lib/scoring";
import { Becomes } from "../becomes";
import { CardSection } from "../card-section";
import { PillarChangeTable } from "../pillar-change-table";
import { TierBadge } from "../tier-badge";

/** Where the state stands and where it would stand when every open action is done, by the scoring engine. */
export function ProjectionCard({
  framework,
  projection,
  openActions,
  cycle,
}: {
  framework: Framework;
  projection: WhatIfResult & { questionIds: string[] };
  openActions: number;
  cycle: number;
}) {
  const t = useTranslations("plan.projection");
  const locale = useLocale();
  const { before, after } = projection;
  return (
    <CardSection
      id="projection-heading"
      heading={t("heading")}
      lead={t("lead", { cycle: String(cycle), questions: projection.questionIds.length, actions: openActions })}
      testId="projection"
    >
      <div className="grid gap-6 md:grid-cols-2">
        <dl className="space-y-3">
          <div>
            <dt className="text-xs font-semibold uppercase tracking-wider text-muted">{t("overall")}</dt>
            <dd className="flex flex-wrap items-baseline gap-x-2 tabular-nums">
              <span className="text-xl font-semibold text-muted" data-testid="projection-before">
                {formatScore(before.overall, locale)}
              </span>
              <Becomes label={t("becomes")} />
              <span className="text-3xl font-bold text-brand-900" data-testid="projection-after">
                {formatScore(after.overall, locale)}
              </span>
              {/* A signed number reads left to right in Arabic too ("+3.25", not "3.25+"). */}
              <span dir="ltr" className="text-sm font-semibold text-ok">
                {formatScoreChange(after.overall - before.overall, locale)}
              </span>
            </dd>
          </div>
          <div>
            <dt className="text-xs font-semibold uppercase tracking-wider text-muted">{t("tier")}</dt>
            <dd className="flex flex-wrap items-center gap-2 text-sm" data-testid="projection-tier">
              <TierBadge tier={before.tier} className="text-muted" />
              {after.tier.level !== before.tier.level && (
                <>
                  <Becomes label={t("becomes")} />
                  <TierBadge tier={after.tier} />
                </>
              )}
            </dd>
          </div>
        </dl>
        <PillarChangeTable
          framework={framework}
          before={before}
          after={after}
          locale={locale}
          className="text-sm"
          labels={{ caption: t("caption"), pillar: t("pillar"), before: t("now"), after: t("planned") }}
        />
      </div>
    </CardSection>
  );
}
