import type { CSSProperties } from "react";
import { useLocale } from "next-intl";
import { directionOf, isLocale } from "@/lib/i18n/locales";

/**
 * How the charts (results page, analysis pages) follow the reading direction.
 * recharts places its labels with SVG text-anchor, which the browser resolves
 * against the CSS direction: under dir="rtl" a label anchored at its "end"
 * would be drawn across its axis. So the SVG is always laid out left to right,
 * and a right-to-left chart is mirrored through its own props (reversed axes,
 * value axis on the right, counter-clockwise radar). The legend and tooltips,
 * which are HTML text, keep the reader's direction.
 */
export function chartDirection(locale: string) {
  const rtl = isLocale(locale) && directionOf(locale) === "rtl";
  const tooltipStyle: CSSProperties = { direction: rtl ? "rtl" : "ltr", textAlign: "start" };
  return { rtl, tooltipStyle };
}

/** Always set on the chart wrapper, see `chartDirection`. */
export const CHART_LTR: CSSProperties = { direction: "ltr" };

/** The same as `CHART_LTR`, as a class for a wrapper around recharts' surface. */
const SVG_LEFT_TO_RIGHT = "[&_svg.recharts-surface]:[direction:ltr]";

interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** How a chart is laid out in the reader's direction: in Arabic the categories run right to left and the value axis sits on the right. */
export function useChartDirection() {
  const { rtl } = chartDirection(useLocale());
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
