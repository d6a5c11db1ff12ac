"use client";

import { useTranslations } from "next-intl";
import dynamic from "next/dynamic";
import { WhenVisible } from "@/app/_components/when-visible";
import type { ComparisonRow } from "@/lib/results/series";
import type { SeriesLabels } from "./chart-series";

/**
 * recharts is loaded only here, in its own chunk, after the page itself: the
 * scores, tables and gaps are readable before the charts arrive. The
 * placeholder keeps the chart's height so nothing jumps. A chart is loaded and
 * drawn when the reader comes near it (`WhenVisible`).
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

const RadarPlaceholder = placeholder("h-80");
const BarsPlaceholder = placeholder("h-64");

export function PillarRadarChart(props: ChartProps) {
  return (
    <WhenVisible placeholder={<RadarPlaceholder />}>
      <PillarRadar {...props} />
    </WhenVisible>
  );
}

export function OutcomeBarsChart(props: ChartProps) {
  return (
    <WhenVisible placeholder={<BarsPlaceholder />}>
      <OutcomeBars {...props} />
    </WhenVisible>
  );
}
