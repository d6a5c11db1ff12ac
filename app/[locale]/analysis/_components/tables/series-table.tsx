import { useLocale } from "next-intl";
import type { Dimension, SeriesRow } from "@/lib/analysis/types";
import { formatScore } from "@/lib/scoring";

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
    <table className="data-table">
      <caption className="pb-2 text-start text-xs text-muted">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{rowHeader}</th>
          {series.map((s) => (
            <th key={s.id} scope="col" className="text-end">
              {s.name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id}>
            <th scope="row" className="border-b bg-transparent font-medium">
              {r.label}
            </th>
            {series.map((s) => {
              const v = r.values[s.id];
              return (
                <td key={s.id} className="text-end tabular-nums">
                  {v === null || v === undefined ? "—" : format(v)}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
