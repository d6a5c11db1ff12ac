"use client";

import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis } from "recharts";
import type { ComparisonRow } from "@/lib/results/series";
import { formatScore } from "@/lib/scoring";
import { SERIES_KEYS, SERIES_STYLE, type SeriesLabels } from "./chart-series";

function formatValue(value: unknown): string {
  return typeof value === "number" ? formatScore(value) : "";
}

/**
 * The three D.3 outcome scores as grouped bars: this cycle, the previous cycle
 * and the region average side by side, each bar labelled with its value. The
 * bars run horizontally so the labels stay readable on a phone and on paper.
 */
export default function OutcomeBars({ rows, labels }: { rows: readonly ComparisonRow[]; labels: SeriesLabels }) {
  const series = SERIES_KEYS.filter((key) => labels[key] !== null);
  return (
    <BarChart
      responsive
      layout="vertical"
      data={[...rows]}
      margin={{ top: 4, right: 44, bottom: 4, left: 4 }}
      barCategoryGap="18%"
      barGap={2}
      style={{ width: "100%", height: 90 + rows.length * series.length * 22 }}
      title="D.3 outcome scores as grouped bars"
      desc="The table beside the chart lists the same numbers."
    >
      <CartesianGrid horizontal={false} stroke="#d7dee5" />
      <XAxis
        type="number"
        domain={[0, 100]}
        ticks={[0, 20, 40, 60, 80, 100]}
        tick={{ fill: "#4d5b68", fontSize: 11 }}
      />
      <YAxis type="category" dataKey="id" width={48} tick={{ fill: "#14202b", fontSize: 12 }} tickLine={false} />
      {series.map((key) => (
        <Bar
          key={key}
          name={labels[key] ?? key}
          dataKey={key}
          fill={SERIES_STYLE[key].colour}
          fillOpacity={key === "current" ? 1 : 0.85}
          radius={[0, 3, 3, 0]}
        >
          <LabelList dataKey={key} position="right" formatter={formatValue} fontSize={11} fill="#14202b" />
        </Bar>
      ))}
      <Tooltip formatter={(value) => formatValue(value)} cursor={{ fill: "#eef7fc" }} />
    </BarChart>
  );
}
