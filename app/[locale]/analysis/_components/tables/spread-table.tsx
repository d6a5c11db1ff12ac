import { useLocale, useTranslations } from "next-intl";
import type { RegionSpread } from "@/lib/analysis/spread";
import { formatScore } from "@/lib/scoring";
import { FigureTable, type FigureColumn } from "./figure-table";

const COLUMNS = ["min", "q1", "median", "q3", "max"] as const;

/** The strip plot as numbers: each region's five-number summary of overall scores. */
export function SpreadTable({ spread, caption }: { spread: RegionSpread[]; caption: string }) {
  const t = useTranslations("analysis.tables");
  const locale = useLocale();
  const columns: FigureColumn<RegionSpread>[] = [
    { key: "count", header: t("statesCounted"), figure: true, cell: (r) => r.summary?.count ?? 0 },
    ...COLUMNS.map((c) => ({
      key: c,
      header: t(`spread.${c}`),
      figure: true,
      cell: (r: RegionSpread) => (r.summary ? formatScore(r.summary[c], locale) : "—"),
    })),
  ];
  return (
    <FigureTable
      caption={caption}
      rowHeader={t("region")}
      columns={columns}
      rows={spread}
      rowKey={(r) => r.region}
      rowLabel={(r) => r.name}
    />
  );
}
