"use client";

import { useTranslations } from "next-intl";
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";
import { countAxis } from "@/lib/analysis/axis";
import type { SeriesRow } from "@/lib/analysis/types";
import { tierColour } from "../palette";
import { useChartDirection } from "@/app/_components/charts/chart-direction";
import { ChartLegend } from "./chart-legend";
import { AXIS_TICK, GRID_STROKE, TOOLTIP_STYLE } from "./chart-tooltip";

/**
 * Counted states per tier, one horizontal bar per region, Tier 1 (the strongest)
 * first. Right to left, the bars grow from the right and the regions' names sit there.
 * `tiers` carry their names in the reader's language.
 */
export function TierStackChart({
  rows,
  tiers,
  title,
}: {
  rows: SeriesRow[];
  tiers: { level: number; name: string }[];
  title: string;
}) {
  const tCharts = useTranslations("analysis.charts");
  const tShared = useTranslations("analysis.shared");
  const direction = useChartDirection();
  const axis = countAxis(
    Math.max(0, ...rows.map((r) => Object.values(r.values).reduce<number>((a, b) => a + (b ?? 0), 0))),
  );
  return (
    <BarChart
      responsive
      layout="vertical"
      data={rows}
      title={title}
      className={direction.className}
      style={{ width: "100%", height: 320 }}
      margin={direction.margin({ top: 8, right: 16, bottom: 0, left: 0 })}
      barCategoryGap="22%"
    >
      <CartesianGrid horizontal={false} stroke={GRID_STROKE} />
      <XAxis
        type="number"
        domain={axis.domain}
        ticks={axis.ticks}
        allowDecimals={false}
        tick={AXIS_TICK}
        reversed={direction.rtl}
      />
      {/* "auto": region names differ in length from one language to another. */}
      <YAxis
        type="category"
        dataKey="label"
        tick={AXIS_TICK}
        width="auto"
        tickLine={false}
        orientation={direction.yAxisSide}
      />
      <Tooltip
        {...TOOLTIP_STYLE}
        {...direction.tooltip}
        formatter={(value) => (typeof value === "number" ? tCharts("states", { count: value }) : String(value))}
        itemSorter="dataKey"
        cursor={{ fill: "#eef7fc" }}
      />
      <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={null} content={ChartLegend} />
      {tiers.map((tier) => (
        <Bar
          key={tier.level}
          stackId="tiers"
          name={tShared("tier", { level: tier.level, name: tier.name })}
          dataKey={(row: SeriesRow) => row.values[String(tier.level)]}
          fill={tierColour(tier.level)}
          stroke="#ffffff"
          strokeWidth={1}
          isAnimationActive={false}
        />
      ))}
    </BarChart>
  );
}
