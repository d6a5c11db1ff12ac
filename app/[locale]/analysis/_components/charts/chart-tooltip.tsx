"use client";

import { useLocale, useTranslations } from "next-intl";
import { formatScore } from "@/lib/scoring";

/** Tooltip values: scores with two decimals as everywhere else, "no figure" rather than a blank. */
export function useChartScore(): (value: unknown) => string {
  const locale = useLocale();
  const t = useTranslations("analysis.charts");
  return (value) => (typeof value === "number" && Number.isFinite(value) ? formatScore(value, locale) : t("noFigure"));
}

export const TOOLTIP_STYLE = {
  // "start": a tooltip's lines begin on the right in Arabic, as the page's text does.
  contentStyle: { borderRadius: 6, borderColor: "#d7dee5", fontSize: 13, textAlign: "start" },
  labelStyle: { fontWeight: 600, color: "#14202b" },
} as const;

export const AXIS_TICK = { fontSize: 12, fill: "#4d5b68" } as const;
export const GRID_STROKE = "#d7dee5";
