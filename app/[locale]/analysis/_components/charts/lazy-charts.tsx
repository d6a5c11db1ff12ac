"use client";

import dynamic from "next/dynamic";
import { drawnWhenNear } from "@/app/_components/when-visible";

/**
 * The analysis charts, loaded after the page: recharts (about 145 kB of JavaScript, gzip) stays
 * out of the pages' first load. Server-side a chart draws nothing anyway (it needs its width), so
 * each waits in an empty box of its own height, and nothing moves when it arrives. A chart is
 * loaded and drawn when the reader comes near it (`drawnWhenNear`).
 */
const box = (height: number) =>
  function ChartBox() {
    return <div aria-hidden="true" style={{ width: "100%", height }} />;
  };

const Box320 = box(320);
const Box340 = box(340);
const Box360 = box(360);

export const GroupedBarChart = drawnWhenNear(
  dynamic(() => import("./grouped-bar-chart").then((m) => m.GroupedBarChart), { ssr: false, loading: Box320 }),
  Box320,
);
export const PillarRadarChart = drawnWhenNear(
  dynamic(() => import("./pillar-radar-chart").then((m) => m.PillarRadarChart), { ssr: false, loading: Box360 }),
  Box360,
);
export const ScoreStripChart = drawnWhenNear(
  dynamic(() => import("./score-strip-chart").then((m) => m.ScoreStripChart), { ssr: false, loading: Box360 }),
  Box360,
);
export const TierStackChart = drawnWhenNear(
  dynamic(() => import("./tier-stack-chart").then((m) => m.TierStackChart), { ssr: false, loading: Box320 }),
  Box320,
);
export const TrendLineChart = drawnWhenNear(
  dynamic(() => import("./trend-line-chart").then((m) => m.TrendLineChart), { ssr: false, loading: Box340 }),
  Box340,
);
