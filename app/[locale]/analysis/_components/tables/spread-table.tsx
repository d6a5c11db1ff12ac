import { useLocale, useTranslations } from "next-intl";
import type { RegionSpread } from "@/lib/analysis/spread";
import { formatScore } from "@/lib/scoring";

const COLUMNS = ["min", "q1", "median", "q3", "max"] as const;

/** The strip plot as numbers: each region's five-number summary of overall scores. */
export function SpreadTable({ spread, caption }: { spread: RegionSpread[]; caption: string }) {
  const t = useTranslations("analysis.tables");
  const locale = useLocale();
  return (
    <table className="data-table">
      <caption className="pb-2 text-start text-xs text-muted">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t("region")}</th>
          <th scope="col" className="text-end">
            {t("statesCounted")}
          </th>
          {COLUMNS.map((c) => (
            <th key={c} scope="col" className="text-end">
              {t(`spread.${c}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {spread.map((r) => (
          <tr key={r.region}>
            <th scope="row" className="border-b bg-transparent font-medium">
              {r.name}
            </th>
            <td className="text-end tabular-nums">{r.summary?.count ?? 0}</td>
            {COLUMNS.map((c) => (
              <td key={c} className="text-end tabular-nums">
                {r.summary ? formatScore(r.summary[c], locale) : "—"}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
