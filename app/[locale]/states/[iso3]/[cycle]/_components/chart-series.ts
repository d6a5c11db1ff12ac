/**
 * How the three series of the results charts look. The colours are the design
 * tokens' values (SVG attributes cannot read CSS variables everywhere); each
 * series also has its own line pattern and label, so colour never carries the
 * meaning alone, and every chart is followed by a table of the same numbers.
 */
export const SERIES_KEYS = ["current", "previous", "region"] as const;
export type SeriesKey = (typeof SERIES_KEYS)[number];

export interface SeriesStyle {
  colour: string;
  /** SVG stroke-dasharray of the radar line; undefined for a solid line. */
  dash?: string;
  /** Fill opacity of the radar area. */
  fillOpacity: number;
}

export const SERIES_STYLE: Record<SeriesKey, SeriesStyle> = {
  current: { colour: "#0072a8", fillOpacity: 0.28 }, // --color-brand-600
  previous: { colour: "#4d5b68", dash: "6 4", fillOpacity: 0 }, // --color-muted
  region: { colour: "#8a5a00", dash: "2 3", fillOpacity: 0 }, // --color-warn
};

/** Each series' label, or null when the series has no data (no previous cycle, no validated state in the region). */
export type SeriesLabels = Record<SeriesKey, string | null>;
