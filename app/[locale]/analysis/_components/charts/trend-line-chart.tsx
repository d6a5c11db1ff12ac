"use client";

import { useTranslations } from "next-intl";
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { axisTicks } from "@/lib/analysis/axis";
import { trendDomain, type TrendPoint } from "@/lib/analysis/trends";
import type { Dimension } from "@/lib/analysis/types";
import { OVERALL_COLOUR, PILLAR_COLOURS, SERIES_DASHES } from "../palette";
import { useChartDirection } from "@/app/_components/charts/chart-direction";
import { ChartLegend } from "./chart-legend";
import { AXIS_TICK, GRID_STROKE, TOOLTIP_STYLE, useChartScore } from "./chart-tooltip";

/**
 * Overall (thick, ink) and the five pillars (coloured, dashed differently)
 * across cycles. The score axis spans the values rather than 0–100, so that
 * changes of a few points show; its labels say where it starts. Right to left,
 * time runs from right to left. A change of questionnaire version is a vertical
 * line at the first cycle of the new version, labelled with it.
 */
export function TrendLineChart({
  points,
  pillars,
  title,
  versionChanges = [],
}: {
  points: TrendPoint[];
  pillars: Dimension[];
  title: string;
  versionChanges?: { cycle: number; label: string }[];
}) {
  const t = useTranslations("analysis.charts");
  const direction = useChartDirection();
  const score = useChartScore();
  const domain = trendDomain(points);
  return (
    <LineChart
      responsive
      data={points}
      title={title}
      className={direction.className}
      style={{ width: "100%", height: 340 }}
      margin={direction.margin({ top: 8, right: 24, bottom: 0, left: 0 })}
    >
      <CartesianGrid vertical={false} stroke={GRID_STROKE} />
      <XAxis
        dataKey="cycle"
        type="category"
        tick={AXIS_TICK}
        padding={{ left: 24, right: 24 }}
        reversed={direction.rtl}
      />
      <YAxis domain={domain} ticks={axisTicks(domain)} tick={AXIS_TICK} width={36} orientation={direction.yAxisSide} />
      {/* Highest first, as the lines are stacked on the chart. */}
      <Tooltip
        {...TOOLTIP_STYLE}
        {...direction.tooltip}
        formatter={(value) => score(value)}
        itemSorter={(item) => (typeof item.value === "number" ? -item.value : 0)}
      />
      <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={null} content={ChartLegend} />
      {versionChanges.map((change) => (
        <ReferenceLine
          key={change.cycle}
          x={change.cycle}
          stroke="#4d5b68"
          strokeDasharray="4 3"
          // On the earlier side of the line (time runs right to left in Arabic), so the newest cycle's label fits.
          label={{
            value: change.label,
            position: direction.rtl ? "insideTopLeft" : "insideTopRight",
            fontSize: 11,
            fill: "#4d5b68",
          }}
        />
      ))}
      <Line
        name={t("overall")}
        dataKey={(p: TrendPoint) => p.values.overall}
        stroke={OVERALL_COLOUR}
        strokeWidth={3.5}
        dot={{ r: 5, fill: OVERALL_COLOUR }}
        connectNulls={false}
        isAnimationActive={false}
      />
      {pillars.map((p, i) => (
        <Line
          key={p.id}
          name={p.name}
          dataKey={(point: TrendPoint) => point.values[p.id]}
          stroke={PILLAR_COLOURS[p.id] ?? "#4d5b68"}
          strokeWidth={2}
          strokeDasharray={SERIES_DASHES[(i + 1) % SERIES_DASHES.length]}
          dot={{ r: 3 }}
          connectNulls={false}
          isAnimationActive={false}
        />
      ))}
    </LineChart>
  );
}
