"use client";

import dynamic from "next/dynamic";

/** Loaded after the page, as the other analysis charts (recharts stays out of the first load). */
export const SubmissionRateChart = dynamic(() => import("./rate-chart").then((m) => m.SubmissionRateChart), {
  ssr: false,
  loading: function ChartBox() {
    return <div aria-hidden="true" style={{ width: "100%", height: 320 }} />;
  },
});
