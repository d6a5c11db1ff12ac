import { useLocale, useTranslations } from "next-intl";
import type { ComparisonRow } from "@/lib/results/series";
import { formatScoreChange } from "@/lib/results/format";
import { scoreChange } from "@/lib/results/score-state";
import { formatScore } from "@/lib/scoring";
import type { SeriesLabels } from "./chart-series";
import { Signed } from "./signed";
import { TableHead } from "@/app/_components/table-head";

function Score({ value }: { value: number | null }) {
  const t = useTranslations("results.table");
  const locale = useLocale();
  if (value === null)
    return (
      <>
        <span aria-hidden="true">—</span>
        <span className="sr-only">{t("noData")}</span>
      </>
    );
  return <>{formatScore(value, locale)}</>;
}

function Change({ value }: { value: number | null }) {
  const locale = useLocale();
  return value === null ? <Score value={null} /> : <Signed>{formatScoreChange(value, locale)}</Signed>;
}

/**
 * The numbers of one chart as a table, for screen readers, for print and for
 * anyone who prefers figures: this cycle, the comparisons, and the change since
 * the previous cycle.
 */
export function ComparisonTable({
  caption,
  itemHeader,
  rows,
  columns,
  testId,
}: {
  caption: string;
  itemHeader: string;
  rows: readonly ComparisonRow[];
  /** Short column headings (the caption says what they are); null where a series has no data. */
  columns: SeriesLabels;
  testId: string;
}) {
  const t = useTranslations("results.table");
  return (
    <div className="space-y-2">
      {/* The caption is repeated above the scrolling box, where a narrow screen cannot cut it off. */}
      <p aria-hidden="true" className="text-sm font-semibold text-ink print:text-xs">
        {caption}
      </p>
      <div className="overflow-x-auto">
        <table
          className="data-table tabular-nums print:text-xs print:[&_td]:px-2 print:[&_th]:px-2"
          data-testid={testId}
        >
          <caption className="sr-only">{caption}</caption>
          <TableHead
            columns={[
              { label: itemHeader },
              { label: columns.current, className: "text-end" },
              { label: columns.previous ?? t("previousCycle"), className: "text-end" },
              { label: t("change"), className: "text-end" },
              { label: columns.region ?? t("regionAverage"), className: "text-end" },
            ]}
          />
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} data-item={row.id}>
                <th scope="row" className="border-b border-line bg-surface font-medium">
                  {row.label}
                </th>
                <td className="text-end font-semibold" data-series="current">
                  <Score value={row.current} />
                </td>
                <td className="text-end" data-series="previous">
                  <Score value={row.previous} />
                </td>
                <td className="text-end text-muted" data-series="change">
                  <Change value={scoreChange(row.current, row.previous)} />
                </td>
                <td className="text-end" data-series="region">
                  <Score value={row.region} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
