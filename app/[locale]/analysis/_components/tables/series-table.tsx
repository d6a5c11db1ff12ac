import { useLocale } from "next-intl";
import type { Dimension, SeriesRow } from "@/lib/analysis/types";
import { formatScore } from "@/lib/scoring";
import { FigureTable } from "./figure-table";

/**
 * A chart's series as a table: a row per category, a column per series; "—" where there is no figure.
 * Values are scores unless `counts` is set.
 */
export function SeriesTable({
  caption,
  rowHeader,
  rows,
  series,
  counts = false,
}: {
  caption: string;
  rowHeader: string;
  rows: SeriesRow[];
  series: Dimension[];
  counts?: boolean;
}) {
  const locale = useLocale();
  const format = (v: number) => (counts ? String(v) : formatScore(v, locale));
  return (
    <FigureTable
      caption={caption}
      rowHeader={rowHeader}
      columns={series.map((s) => ({
        key: s.id,
        header: s.name,
        figure: true,
        cell: (r: SeriesRow) => {
          const v = r.values[s.id];
          return v === null || v === undefined ? "—" : format(v);
        },
      }))}
      rows={rows}
      rowKey={(r) => r.id}
      rowLabel={(r) => r.label}
    />
  );
}
