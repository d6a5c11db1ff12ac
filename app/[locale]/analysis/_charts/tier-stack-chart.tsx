"use client";

import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";
import { countAxis } from "@/lib/analysis/axis";
import type { SeriesRow } from "@/lib/analysis/types";
import { tierColour } from "../_lib/palette";
import { AXIS_TICK, GRID_STROKE, TOOLTIP_STYLE } from "./chart-tooltip";

/** Counted states per tier, one horizontal bar per region, Tier 1 (the strongest) first. */
export function TierStackChart({
  rows,
  tiers,
  title,
}: {
  rows: SeriesRow[];
  tiers: { level: number; name: string }[];
  title: string;
}) {
  const axis = countAxis(
    Math.max(0, ...rows.map((r) => Object.values(r.values).reduce<number>((a, b) => a + (b ?? 0), 0))),
  );
  return (
    <BarChart
      responsive
      layout="vertical"
      data={rows}
      title={title}
      style={{ width: "100%", height: 320 }}
      margin={{ top: 8, right: 16, bottom: 0, left: 0 }}
      barCategoryGap="22%"
    >
      <CartesianGrid horizontal={false} stroke={GRID_STROKE} />
      <XAxis type="number" domain={axis.domain} ticks={axis.ticks} allowDecimals={false} tick={AXIS_TICK} />
      <YAxis type="category" dataKey="label" tick={AXIS_TICK} width={92} tickLine={false} />
      <Tooltip
        {...TOOLTIP_STYLE}
        formatter={(value) => `${value} ${value === 1 ? "state" : "states"}`}
        itemSorter="dataKey"
        cursor={{ fill: "#eef7fc" }}
      />
      <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={null} />
      {tiers.map((t) => (
        <Bar
          key={t.level}
          stackId="tiers"
          name={`Tier ${t.level} · ${t.name}`}
          dataKey={(row: SeriesRow) => row.values[String(t.level)]}
          fill={tierColour(t.level)}
          stroke="#ffffff"
          strokeWidth={1}
          isAnimationActive={false}
        />
      ))}
    </BarChart>
  );
}
