"use client";

import dynamic from "next/dynamic";
import type { ComponentType } from "react";
import { WhenVisible } from "@/app/_components/when-visible";

/**
 * The analysis charts, loaded after the page: recharts (about 145 kB of JavaScript, gzip) stays
 * out of the pages' first load. Server-side a chart draws nothing anyway (it needs its width), so
 * each waits in an empty box of its own height, and nothing moves when it arrives. A chart is
 * loaded and drawn when the reader comes near it (`WhenVisible`).
 */
const box = (height: number) =>
  function ChartBox() {
    return <div aria-hidden="true" style={{ width: "100%", height }} />;
  };

function whenNear<P extends object>(Chart: ComponentType<P>, height: number): ComponentType<P> {
  const Box = box(height);
  return function ChartWhenNear(props: P) {
    return (
      <WhenVisible placeholder={<Box />}>
        <Chart {...props} />
      </WhenVisible>
    );
  };
}

export const GroupedBarChart = whenNear(
  dynamic(() => import("./grouped-bar-chart").then((m) => m.GroupedBarChart), {
    ssr: false,
    loading: box(320),
  }),
  320,
);
export const PillarRadarChart = whenNear(
  dynamic(() => import("./pillar-radar-chart").then((m) => m.PillarRadarChart), {
    ssr: false,
    loading: box(360),
  }),
  360,
);
export const ScoreStripChart = whenNear(
  dynamic(() => import("./score-strip-chart").then((m) => m.ScoreStripChart), {
    ssr: false,
    loading: box(360),
  }),
  360,
);
export const TierStackChart = whenNear(
  dynamic(() => import("./tier-stack-chart").then((m) => m.TierStackChart), {
    ssr: false,
    loading: box(320),
  }),
  320,
);
export const TrendLineChart = whenNear(
  dynamic(() => import("./trend-line-chart").then((m) => m.TrendLineChart), {
    ssr: false,
    loading: box(340),
  }),
  340,
);
