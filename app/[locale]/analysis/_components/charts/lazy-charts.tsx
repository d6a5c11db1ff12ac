"use client";

import dynamic from "next/dynamic";

/**
 * The analysis charts, loaded after the page: recharts (about 145 kB of JavaScript, gzip) stays
 * out of the pages' first load. Server-side a chart draws nothing anyway (it needs its width), so
 * each waits in an empty box of its own height, and nothing moves when it arrives.
 */
const box = (height: number) =>
  function ChartBox() {
    return <div aria-hidden="true" style={{ width: "100%", height }} />;
  };

export const GroupedBarChart = dynamic(() => import("./grouped-bar-chart").then((m) => m.GroupedBarChart), {
  ssr: false,
  loading: box(320),
});
export const PillarRadarChart = dynamic(() => import("./pillar-radar-chart").then((m) => m.PillarRadarChart), {
  ssr: false,
  loading: box(360),
});
export const ScoreStripChart = dynamic(() => import("./score-strip-chart").then((m) => m.ScoreStripChart), {
  ssr: false,
  loading: box(360),
});
export const TierStackChart = dynamic(() => import("./tier-stack-chart").then((m) => m.TierStackChart), {
  ssr: false,
  loading: box(320),
});
export const TrendLineChart = dynamic(() => import("./trend-line-chart").then((m) => m.TrendLineChart), {
  ssr: false,
  loading: box(340),
});
