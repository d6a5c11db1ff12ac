import type { CSSProperties } from "react";
import { directionOf, isLocale } from "@/lib/i18n/locales";

/**
 * How the results charts follow the reading direction. recharts places its
 * labels with physical anchors (a label right of its bar is anchored "start"),
 * which an inherited right-to-left direction would turn around; so the SVG is
 * always laid out left to right, and a right-to-left chart is mirrored through
 * its own props (reversed axes, value axis on the right, counter-clockwise
 * radar). The tooltip, which is HTML text, keeps the reader's direction.
 */
export function chartDirection(locale: string) {
  const rtl = isLocale(locale) && directionOf(locale) === "rtl";
  const tooltipStyle: CSSProperties = { direction: rtl ? "rtl" : "ltr", textAlign: "start" };
  return { rtl, tooltipStyle };
}

/** Always set on the chart wrapper, see `chartDirection`. */
export const CHART_LTR: CSSProperties = { direction: "ltr" };
