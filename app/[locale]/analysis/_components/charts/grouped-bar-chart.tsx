"use client";

import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";
import type { Dimension, SeriesRow } from "@/lib/analysis/types";
import { regionColour } from "../palette";
import { useChartDirection } from "@/app/_components/charts/chart-direction";
import { ChartLegend } from "./chart-legend";
import { AXIS_TICK, GRID_STROKE, TOOLTIP_STYLE, useChartScore } from "./chart-tooltip";

/** Regional averages per pillar or outcome: a group per category, a bar per region, on a 0–100 scale. */
export function GroupedBarChart({
  rows,
  series,
  title,
  height = 320,
}: {
  rows: SeriesRow[];
  series: Dimension[];
  title: string;
  height?: number;
}) {
  const direction = useChartDirection();
  const score = useChartScore();
  return (
    <BarChart
      responsive
      data={rows}
      title={title}
      className={direction.className}
      style={{ width: "100%", height }}
      margin={direction.margin({ top: 8, right: 8, bottom: 0, left: 0 })}
      barCategoryGap="18%"
    >
      <CartesianGrid vertical={false} stroke={GRID_STROKE} />
      <XAxis dataKey="label" tick={AXIS_TICK} interval={0} tickLine={false} reversed={direction.rtl} />
      <YAxis
        domain={[0, 100]}
        ticks={[0, 20, 40, 60, 80, 100]}
        tick={AXIS_TICK}
        width={36}
        orientation={direction.yAxisSide}
      />
      <Tooltip
        {...TOOLTIP_STYLE}
        {...direction.tooltip}
        formatter={(value) => score(value)}
        itemSorter={(item) => series.findIndex((s) => s.name === item.name)}
        cursor={{ fill: "#eef7fc" }}
      />
      <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={null} content={ChartLegend} />
      {series.map((s) => (
        <Bar
          key={s.id}
          name={s.name}
          dataKey={(row: SeriesRow) => row.values[s.id]}
          fill={regionColour(s.id)}
          radius={[2, 2, 0, 0]}
          isAnimationActive={false}
        />
      ))}
    </BarChart>
  );
}
