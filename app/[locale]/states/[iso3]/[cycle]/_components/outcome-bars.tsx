"use client";

import { useLocale, useTranslations } from "next-intl";
import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis } from "recharts";
import type { ComparisonRow } from "@/lib/results/series";
import { formatScore } from "@/lib/scoring";
import { CHART_LTR, chartDirection } from "@/app/_components/charts/chart-direction";
import { SERIES_KEYS, SERIES_STYLE, type SeriesLabels } from "./chart-series";

/**
 * The three D.3 outcome scores as grouped bars: this cycle, the previous cycle
 * and the region average side by side, each bar labelled with its value. The
 * bars run horizontally so the labels stay readable on a phone and on paper.
 * Right to left, the bars grow from the outcomes on the right towards the left:
 * the value axis is reversed, and each label still sits past its bar's end.
 */
export default function OutcomeBars({ rows, labels }: { rows: readonly ComparisonRow[]; labels: SeriesLabels }) {
  const t = useTranslations("results.charts");
  const locale = useLocale();
  const { rtl, tooltipStyle } = chartDirection(locale);
  const formatValue = (value: unknown) => (typeof value === "number" ? formatScore(value, locale) : "");
  const series = SERIES_KEYS.filter((key) => labels[key] !== null);
  return (
    <BarChart
      responsive
      layout="vertical"
      data={[...rows]}
      margin={rtl ? { top: 4, right: 4, bottom: 4, left: 44 } : { top: 4, right: 44, bottom: 4, left: 4 }}
      barCategoryGap="18%"
      barGap={2}
      style={{ ...CHART_LTR, width: "100%", height: 90 + rows.length * series.length * 22 }}
      title={t("barsTitle")}
      desc={t("description")}
    >
      <CartesianGrid horizontal={false} stroke="#d7dee5" />
      <XAxis
        type="number"
        domain={[0, 100]}
        ticks={[0, 20, 40, 60, 80, 100]}
        reversed={rtl}
        tick={{ fill: "#4d5b68", fontSize: 11 }}
      />
      <YAxis
        type="category"
        dataKey="id"
        width={48}
        orientation={rtl ? "right" : "left"}
        tick={{ fill: "#14202b", fontSize: 12 }}
        tickLine={false}
      />
      {series.map((key) => (
        <Bar
          key={key}
          name={labels[key] ?? key}
          dataKey={key}
          fill={SERIES_STYLE[key].colour}
          fillOpacity={key === "current" ? 1 : 0.85}
          // The end of the bar, whichever way it grows (recharts draws a reversed bar with a negative width).
          radius={[0, 3, 3, 0]}
        >
          {/* "right" is past the bar's end for a negative width too (recharts flips it). */}
          <LabelList dataKey={key} position="right" formatter={formatValue} fontSize={11} fill="#14202b" />
        </Bar>
      ))}
      <Tooltip formatter={(value) => formatValue(value)} cursor={{ fill: "#eef7fc" }} contentStyle={tooltipStyle} />
    </BarChart>
  );
}
