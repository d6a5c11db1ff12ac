import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/app/_i18n/navigation";
import type { TrendPoint } from "@/lib/analysis/trends";
import type { Dimension } from "@/lib/analysis/types";
import { noScoreYet } from "@/lib/results/score-state";
import { formatScore } from "@/lib/scoring";

/** A trend chart's numbers: a row per cycle, with the count (region) or the status (state) of each. */
export function TrendTable({
  caption,
  points,
  pillars,
  kind,
  iso3,
}: {
  caption: string;
  points: TrendPoint[];
  pillars: Dimension[];
  kind: "region" | "state";
  /** For a state: links each cycle to its results. */
  iso3?: string;
}) {
  const t = useTranslations("analysis.trends.table");
  const statusLabel = useTranslations("common.status");
  const tCommon = useTranslations("common");
  const locale = useLocale();
  const score = (value: number | null | undefined) =>
    value === null || value === undefined ? "—" : formatScore(value, locale);
  return (
    <table className="data-table">
      <caption className="pb-2 text-start text-xs text-muted">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t("cycle")}</th>
          <th scope="col" className={kind === "region" ? "text-end" : ""}>
            {kind === "region" ? t("statesCounted") : t("status")}
          </th>
          <th scope="col" className="text-end">
            {t("overall")}
          </th>
          {pillars.map((p) => (
            <th key={p.id} scope="col" className="text-end">
              {p.name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {points.map((p) => (
          <tr key={p.cycle}>
            <th scope="row" className="border-b bg-transparent font-medium">
              {iso3 && p.values.overall !== null ? <Link href={`/states/${iso3}/${p.cycle}`}>{p.cycle}</Link> : p.cycle}
            </th>
            <td className={kind === "region" ? "text-end tabular-nums" : ""}>
              {kind === "region" ? (p.counted ?? 0) : p.status ? statusLabel(p.status) : "—"}
            </td>
            <td className="text-end font-semibold tabular-nums">
              {p.status && noScoreYet({ status: p.status, overall: p.values.overall ?? null }) ? (
                <span className="text-xs font-normal text-muted">{tCommon("noScoreYet")}</span>
              ) : (
                score(p.values.overall)
              )}
            </td>
            {pillars.map((d) => (
              <td key={d.id} className="text-end tabular-nums">
                {score(p.values[d.id])}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
