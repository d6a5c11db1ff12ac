"use client";

import { Legend, PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, Tooltip } from "recharts";
import type { Dimension, SeriesRow } from "@/lib/analysis/types";
import { SERIES_DASHES, regionColour } from "../palette";
import { useChartDirection } from "@/app/_components/charts/chart-direction";
import { ChartLegend } from "./chart-legend";
import { AXIS_TICK, GRID_STROKE, TOOLTIP_STYLE, useChartScore } from "./chart-tooltip";

/** The five pillars around, one outline per region (colour and dash pattern both tell them apart). */
export function PillarRadarChart({ rows, series, title }: { rows: SeriesRow[]; series: Dimension[]; title: string }) {
  const direction = useChartDirection();
  const score = useChartScore();
  return (
    <RadarChart
      responsive
      data={rows}
      title={title}
      className={direction.className}
      outerRadius="72%"
      // Right to left, the pillars follow each other anticlockwise from the top: the mirror image.
      startAngle={90}
      endAngle={direction.rtl ? 450 : -270}
      style={{ width: "100%", height: 360 }}
      margin={{ top: 8, right: 24, bottom: 8, left: 24 }}
    >
      <PolarGrid stroke={GRID_STROKE} />
      <PolarAngleAxis dataKey="label" tick={{ ...AXIS_TICK, fill: "#14202b" }} />
      {/* Ticks between the Legal and Technical axes, where no pillar label sits. */}
      <PolarRadiusAxis
        domain={[0, 100]}
        angle={direction.rtl ? 126 : 54}
        tickCount={6}
        axisLine={false}
        tick={{ fontSize: 10, fill: "#4d5b68" }}
      />
      <Tooltip
        {...TOOLTIP_STYLE}
        {...direction.tooltip}
        formatter={(value) => score(value)}
        itemSorter={(item) => series.findIndex((s) => s.name === item.name)}
      />
      <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={null} content={ChartLegend} />
      {series.map((s, i) => (
        <Radar
          key={s.id}
          name={s.name}
          dataKey={(row: SeriesRow) => row.values[s.id]}
          stroke={regionColour(s.id)}
          strokeWidth={2}
          strokeDasharray={SERIES_DASHES[i % SERIES_DASHES.length]}
          fill={regionColour(s.id)}
          fillOpacity={0.06}
          dot={{ r: 2.5 }}
          isAnimationActive={false}
        />
      ))}
    </RadarChart>
  );
}
