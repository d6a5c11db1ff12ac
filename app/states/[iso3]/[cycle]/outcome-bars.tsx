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
 * and the region average side by side, each bar labelled with its value.
 */
export default function OutcomeBars({ rows, labels }: { rows: readonly ComparisonRow[]; labels: SeriesLabels }) {
  return (
    <BarChart
      responsive
      data={rows.map((r) => ({ ...r, label: r.id }))}
      margin={{ top: 22, right: 8, bottom: 4, left: 0 }}
      barCategoryGap="22%"
      barGap={3}
      style={{ width: "100%", aspectRatio: "1.6", maxHeight: 320 }}
      title="D.3 outcome scores"
    >
      <CartesianGrid vertical={false} stroke="#d7dee5" />
      <XAxis dataKey="label" tick={{ fill: "#14202b", fontSize: 12 }} tickLine={false} />
      <YAxis domain={[0, 100]} ticks={[0, 20, 40, 60, 80, 100]} width={36} tick={{ fill: "#4d5b68", fontSize: 11 }} />
      {SERIES_KEYS.map((key) =>
        labels[key] === null ? null : (
          <Bar
            key={key}
            name={labels[key] ?? key}
            dataKey={key}
            fill={SERIES_STYLE[key].colour}
            fillOpacity={key === "current" ? 1 : 0.85}
            radius={[3, 3, 0, 0]}
          >
            <LabelList dataKey={key} position="top" formatter={formatValue} fontSize={10} fill="#14202b" />
          </Bar>
        ),
      )}
      <Tooltip formatter={(value) => formatValue(value)} cursor={{ fill: "#eef7fc" }} />
    </BarChart>
  );
}
