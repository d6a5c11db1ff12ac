"use client";

import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import type { TrendPoint } from "@/lib/analysis/trends";
import type { Dimension } from "@/lib/analysis/types";
import { OVERALL_COLOUR, PILLAR_COLOURS, SERIES_DASHES } from "../_lib/palette";
import { AXIS_TICK, GRID_STROKE, TOOLTIP_STYLE, formatChartScore } from "./chart-tooltip";

/** Overall (thick, ink) and the five pillars (coloured, dashed differently) across cycles, on 0–100. */
export function TrendLineChart({
  points,
  pillars,
  title,
}: {
  points: TrendPoint[];
  pillars: Dimension[];
  title: string;
}) {
  return (
    <LineChart
      responsive
      data={points}
      title={title}
      style={{ width: "100%", height: 340 }}
      margin={{ top: 8, right: 24, bottom: 0, left: 0 }}
    >
      <CartesianGrid vertical={false} stroke={GRID_STROKE} />
      <XAxis dataKey="cycle" type="category" tick={AXIS_TICK} padding={{ left: 24, right: 24 }} />
      <YAxis domain={[0, 100]} ticks={[0, 20, 40, 60, 80, 100]} tick={AXIS_TICK} width={36} />
      <Tooltip {...TOOLTIP_STYLE} formatter={(value) => formatChartScore(value)} />
      <Legend wrapperStyle={{ fontSize: 12 }} />
      <Line
        name="Overall"
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
