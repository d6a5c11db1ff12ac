"use client";

import { useTranslations } from "next-intl";
import dynamic from "next/dynamic";
import { drawnWhenNear } from "@/app/_components/when-visible";
import type { ComparisonRow } from "@/lib/results/series";
import type { SeriesLabels } from "./chart-series";

/**
 * recharts is loaded only here, in its own chunk, after the page itself: the
 * scores, tables and gaps are readable before the charts arrive. The
 * placeholder keeps the chart's height so nothing jumps. A chart is loaded and
 * drawn when the reader comes near it (`drawnWhenNear`).
 */
function placeholder(height: string) {
  function ChartLoading() {
    const t = useTranslations("results.charts");
    return (
      <div className={`grid ${height} place-items-center rounded-md bg-canvas text-sm text-muted`}>{t("loading")}</div>
    );
  }
  return ChartLoading;
}

interface ChartProps {
  rows: readonly ComparisonRow[];
  labels: SeriesLabels;
}

const RadarPlaceholder = placeholder("h-80");
const BarsPlaceholder = placeholder("h-64");

export const PillarRadarChart = drawnWhenNear<ChartProps>(
  dynamic(() => import("./pillar-radar"), { ssr: false, loading: RadarPlaceholder }),
  RadarPlaceholder,
);
export const OutcomeBarsChart = drawnWhenNear<ChartProps>(
  dynamic(() => import("./outcome-bars"), { ssr: false, loading: BarsPlaceholder }),
  BarsPlaceholder,
);
