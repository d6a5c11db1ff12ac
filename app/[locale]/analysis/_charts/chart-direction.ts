"use client";

import { useLocale } from "next-intl";
import { directionOf, isLocale } from "@/lib/i18n/locales";

interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/**
 * Recharts' tick labels are placed with SVG text-anchor, which the browser
 * resolves against the CSS direction: under dir="rtl" a label anchored at its
 * "end" would be drawn across its axis. The drawing therefore stays
 * left-to-right, and the charts mirror themselves where Arabic needs it; the
 * legend and tooltips, which are HTML, keep the page's direction.
 */
const SVG_LEFT_TO_RIGHT = "[&_svg.recharts-surface]:[direction:ltr]";

/** How a chart is laid out in the reader's direction: in Arabic the categories run right to left and the value axis sits on the right. */
export function useChartDirection() {
  const locale = useLocale();
  const rtl = isLocale(locale) && directionOf(locale) === "rtl";
  return {
    rtl,
    className: SVG_LEFT_TO_RIGHT,
    /** The side of the vertical axis: the start of the line, where reading begins. */
    yAxisSide: (rtl ? "right" : "left") as "right" | "left",
    /** A chart's margins with its left and right swapped right to left. */
    margin: (m: Margin): Margin => (rtl ? { ...m, left: m.right, right: m.left } : m),
    /** Tooltips open towards the start of the line, away from the reading direction's end. */
    tooltip: { reverseDirection: { x: rtl } },
  };
}
