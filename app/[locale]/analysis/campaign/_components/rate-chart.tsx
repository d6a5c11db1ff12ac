"use client";

import { useLocale } from "next-intl";
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import { intlLocale } from "@/lib/i18n/intl";
import type { Dimension } from "@/lib/analysis/types";
import type { RatePoint } from "@/lib/notifications/campaign";
import { useChartDirection } from "@/app/_components/charts/chart-direction";
import { regionColour, SERIES_DASHES } from "../../_components/palette";
import { ChartLegend } from "../../_components/charts/chart-legend";
import { AXIS_TICK, GRID_STROKE, TOOLTIP_STYLE } from "../../_components/charts/chart-tooltip";

/**
 * Each region's submission rate by day since the cycle opened (0–100 %): one line per region, in the regions'
 * colours and dashes as on the other analysis charts. Right to left, time runs from right to left.
 */
export function SubmissionRateChart({
  points,
  regions,
  title,
}: {
  points: RatePoint[];
  regions: Dimension[];
  title: string;
}) {
  const locale = useLocale();
  const direction = useChartDirection();
  const percent = new Intl.NumberFormat(intlLocale(locale), { style: "percent", maximumFractionDigits: 0 });
  const day = new Intl.DateTimeFormat(intlLocale(locale), { day: "numeric", month: "short", timeZone: "UTC" });
  const dayText = (iso: unknown) => (typeof iso === "string" ? day.format(new Date(`${iso}T00:00:00Z`)) : "");
  return (
    <LineChart
      responsive
      data={points}
      title={title}
      className={direction.className}
      style={{ width: "100%", height: 320 }}
      margin={direction.margin({ top: 8, right: 24, bottom: 0, left: 0 })}
    >
      <CartesianGrid vertical={false} stroke={GRID_STROKE} />
      <XAxis dataKey="day" tick={AXIS_TICK} tickFormatter={dayText} minTickGap={24} reversed={direction.rtl} />
      <YAxis
        domain={[0, 1]}
        ticks={[0, 0.25, 0.5, 0.75, 1]}
        tickFormatter={(v: number) => percent.format(v)}
        tick={AXIS_TICK}
        width={48}
        orientation={direction.yAxisSide}
      />
      <Tooltip
        {...TOOLTIP_STYLE}
        {...direction.tooltip}
        labelFormatter={dayText}
        formatter={(value) => (typeof value === "number" ? percent.format(value) : String(value))}
        itemSorter={(item) => (typeof item.value === "number" ? -item.value : 0)}
      />
      <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={null} content={ChartLegend} />
      {regions.map((r, i) => (
        <Line
          key={r.id}
          name={r.name}
          dataKey={(p: RatePoint) => p.values[r.id] ?? 0}
          stroke={regionColour(r.id)}
          strokeWidth={2.5}
          strokeDasharray={SERIES_DASHES[i % SERIES_DASHES.length]}
          // A short campaign has few days: dots keep one day's rates visible.
          dot={points.length <= 14 ? { r: 4, fill: regionColour(r.id) } : false}
          isAnimationActive={false}
        />
      ))}
    </LineChart>
  );
}
