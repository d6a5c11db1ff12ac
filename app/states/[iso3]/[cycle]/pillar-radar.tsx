"use client";

import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, Tooltip } from "recharts";
import type { ComparisonRow } from "@/lib/results/series";
import { formatScore } from "@/lib/scoring";
import { SERIES_KEYS, SERIES_STYLE, type SeriesLabels } from "./chart-series";

/**
 * The five pillar scores on a radar, with the previous cycle and the region
 * average drawn over them. Animations follow the reader's reduced-motion
 * setting (recharts' "auto"), which the PDF renderer turns on.
 */
export default function PillarRadar({ rows, labels }: { rows: readonly ComparisonRow[]; labels: SeriesLabels }) {
  return (
    <RadarChart
      responsive
      data={[...rows]}
      outerRadius="72%"
      margin={{ top: 12, right: 36, bottom: 12, left: 36 }}
      style={{ width: "100%", aspectRatio: "1.15", maxHeight: 380 }}
      title="Pillar scores"
    >
      <PolarGrid stroke="#d7dee5" />
      <PolarAngleAxis dataKey="label" tick={{ fill: "#14202b", fontSize: 12 }} />
      {/* The radius axis runs between Legal and Technical, where it crosses no label. */}
      <PolarRadiusAxis angle={54} domain={[0, 100]} tickCount={6} tick={{ fill: "#4d5b68", fontSize: 10 }} />
      {SERIES_KEYS.map((key) =>
        labels[key] === null ? null : (
          <Radar
            key={key}
            name={labels[key] ?? key}
            dataKey={key}
            stroke={SERIES_STYLE[key].colour}
            strokeWidth={key === "current" ? 2.5 : 2}
            strokeDasharray={SERIES_STYLE[key].dash}
            fill={SERIES_STYLE[key].colour}
            fillOpacity={SERIES_STYLE[key].fillOpacity}
            dot={key === "current" ? { r: 3, fill: SERIES_STYLE[key].colour } : false}
          />
        ),
      )}
      <Tooltip formatter={(value) => (typeof value === "number" ? formatScore(value) : String(value))} />
    </RadarChart>
  );
}
