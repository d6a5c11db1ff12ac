"use client";

import { formatScore } from "@/lib/scoring";

/** Tooltip values: scores with two decimals as everywhere else, "no figure" rather than a blank. */
export function formatChartScore(value: unknown): string {
  return typeof value === "number" && Number.isFinite(value) ? formatScore(value) : "no figure";
}

export const TOOLTIP_STYLE = {
  contentStyle: { borderRadius: 6, borderColor: "#d7dee5", fontSize: 13 },
  labelStyle: { fontWeight: 600, color: "#14202b" },
} as const;

export const AXIS_TICK = { fontSize: 12, fill: "#4d5b68" } as const;
export const GRID_STROKE = "#d7dee5";
