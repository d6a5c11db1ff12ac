"use client";

import { useTranslations } from "next-intl";
import dynamic from "next/dynamic";
import type { ComparisonRow } from "@/lib/results/series";
import type { SeriesLabels } from "./chart-series";

/**
 * recharts is loaded only here, in its own chunk, after the page itself: the
 * scores, tables and gaps are readable before the charts arrive. The
 * placeholder keeps the chart's height so nothing jumps.
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

const PillarRadar = dynamic(() => import("./pillar-radar"), { ssr: false, loading: placeholder("h-80") });
const OutcomeBars = dynamic(() => import("./outcome-bars"), { ssr: false, loading: placeholder("h-64") });

interface ChartProps {
  rows: readonly ComparisonRow[];
  labels: SeriesLabels;
}

export function PillarRadarChart(props: ChartProps) {
  return <PillarRadar {...props} />;
}

export function OutcomeBarsChart(props: ChartProps) {
  return <OutcomeBars {...props} />;
}
