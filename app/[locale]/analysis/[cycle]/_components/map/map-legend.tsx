import { useTranslations } from "next-intl";
import { TIER_SWATCH_CLASS } from "@/app/[locale]/analysis/_components/palette";
import { NO_SCORE_FILL, NOT_MEMBER_FILL, NoScorePattern } from "./map-patterns";

/**
 * The map's key: each tier's colour with its name and score range, and the two
 * kinds of grey. `tiers` carry their names in the reader's language.
 */
export function MapLegend({ tiers }: { tiers: { level: number; name: string; minScore: number }[] }) {
  const t = useTranslations("analysis.map.legend");
  const ordered = [...tiers].sort((a, b) => b.minScore - a.minScore);
  return (
    <ul aria-label={t("label")} className="flex flex-wrap gap-x-5 gap-y-2 text-xs text-ink">
      {ordered.map((tier, i) => {
        const upper = i === 0 ? 100 : ordered[i - 1]!.minScore;
        return (
          <li key={tier.level} className="flex items-center gap-2">
            <span aria-hidden="true" className={`h-3.5 w-5 rounded-sm ${TIER_SWATCH_CLASS[tier.level] ?? ""}`} />
            {t("tier", { level: tier.level, name: tier.name, min: tier.minScore, max: upper })}
          </li>
        );
      })}
      <li className="flex items-center gap-2">
        <svg aria-hidden="true" width="20" height="14" className="rounded-sm border border-line">
          <defs>
            <NoScorePattern id="legend-no-score" />
          </defs>
          <rect width="20" height="14" fill={NO_SCORE_FILL("legend-no-score")} />
        </svg>
        {t("noScore")}
      </li>
      <li className="flex items-center gap-2">
        <span
          aria-hidden="true"
          className="h-3.5 w-5 rounded-sm border border-line"
          style={{ background: NOT_MEMBER_FILL }}
        />
        {t("notMember")}
      </li>
      <li className="text-muted">{t("boundary")}</li>
    </ul>
  );
}
