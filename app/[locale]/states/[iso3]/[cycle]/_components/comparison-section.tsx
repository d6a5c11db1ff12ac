import type { ReactNode } from "react";
import type { ComparisonRow } from "@/lib/results/series";
import { CardSection } from "@/app/_components/card-section";
import type { SeriesLabels } from "./chart-series";
import { ComparisonTable } from "./comparison-table";
import { SeriesLegend } from "./series-legend";

/**
 * One comparison of the results page (the pillars, the outcomes): its heading,
 * the chart with its legend, and the same numbers as a table beside it.
 */
export function ComparisonSection({
  name,
  heading,
  intro,
  chart,
  legend,
  labels,
  caption,
  itemHeader,
  rows,
  columns,
  testId,
}: {
  /** Names the heading's id (`{name}-heading`) and the figure's `data-chart`. */
  name: string;
  heading: string;
  intro: string;
  chart: ReactNode;
  /** How the legend draws a series: as the radar's line or as a bar. */
  legend: "line" | "bar";
  labels: SeriesLabels;
  caption: string;
  itemHeader: string;
  rows: readonly ComparisonRow[];
  columns: SeriesLabels;
  testId: string;
}) {
  return (
    <CardSection
      id={`${name}-heading`}
      heading={heading}
      lead={intro}
      className="space-y-4 break-inside-avoid print:space-y-2 print:p-4 print:shadow-none"
      headerClassName=""
      leadClassName="text-sm text-muted"
    >
      <div className="grid items-center gap-6 lg:grid-cols-2 print:grid-cols-[minmax(0,5fr)_minmax(0,6fr)] print:gap-4">
        <figure className="space-y-2" data-chart={name}>
          {chart}
          <figcaption>
            <SeriesLegend labels={labels} shape={legend} />
          </figcaption>
        </figure>
        <ComparisonTable caption={caption} itemHeader={itemHeader} rows={rows} columns={columns} testId={testId} />
      </div>
    </CardSection>
  );
}
