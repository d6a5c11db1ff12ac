"use client";

import { useLocale, useTranslations } from "next-intl";
import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, Tooltip } from "recharts";
import type { ComparisonRow } from "@/lib/results/series";
import { formatScore } from "@/lib/scoring";
import { CHART_LTR, chartDirection } from "@/app/_components/charts/chart-direction";
import { SERIES_KEYS, SERIES_STYLE, type SeriesLabels } from "./chart-series";

interface TickProps {
  x?: number | string;
  y?: number | string;
  textAnchor?: string;
  payload?: { value?: unknown };
}

/** A pillar name on two lines where it is long ("Capacity / development"), so it is never cut at the edge. */
function PillarTick({ x = 0, y = 0, textAnchor = "middle", payload }: TickProps) {
  const name = String(payload?.value ?? "");
  const words = name.split(" ");
  const lines = name.length > 12 && words.length > 1 ? [words[0]!, words.slice(1).join(" ")] : [name];
  const top = Number(y) - (lines.length - 1) * 7;
  return (
    <text
      x={Number(x)}
      y={top}
      textAnchor={textAnchor as "start" | "middle" | "end"}
      fill="#14202b"
      fontSize={12}
      dominantBaseline="central"
    >
      {lines.map((line, i) => (
        <tspan key={line} x={Number(x)} dy={i === 0 ? 0 : 14}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/**
 * The five pillar scores on a radar, with the previous cycle and the region
 * average drawn over them. Animations follow the reader's reduced-motion
 * setting (recharts' "auto"), which the PDF renderer turns on. Right to left,
 * the pillars follow one another counter-clockwise from the top.
 */
export default function PillarRadar({ rows, labels }: { rows: readonly ComparisonRow[]; labels: SeriesLabels }) {
  const t = useTranslations("results.charts");
  const locale = useLocale();
  const { rtl, tooltipStyle } = chartDirection(locale);
  return (
    <RadarChart
      responsive
      data={[...rows]}
      outerRadius="70%"
      startAngle={90}
      endAngle={rtl ? 450 : -270}
      margin={{ top: 16, right: 48, bottom: 16, left: 48 }}
      style={{ ...CHART_LTR, width: "100%", aspectRatio: "1.2", maxHeight: 360 }}
      title={t("radarTitle")}
      desc={t("description")}
    >
      <PolarGrid stroke="#d7dee5" />
      <PolarAngleAxis dataKey="label" tick={(props: TickProps) => <PillarTick {...props} />} />
      {/* The radius axis runs between the first two pillars (Legal and Technical), where it crosses no label. */}
      <PolarRadiusAxis
        angle={rtl ? 126 : 54}
        domain={[0, 100]}
        tickCount={6}
        tick={{ fill: "#4d5b68", fontSize: 10 }}
      />
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
      <Tooltip
        formatter={(value) => (typeof value === "number" ? formatScore(value, locale) : String(value))}
        contentStyle={tooltipStyle}
      />
    </RadarChart>
  );
}
