/**
 * Colours of the analysis charts. Regions use the Okabe–Ito palette, which
 * stays distinguishable with the common colour-vision deficiencies; every
 * chart also names its series in a legend, its tooltips and its data table.
 * Tiers use the design tokens of globals.css.
 */
export const REGION_COLOURS: Record<string, string> = {
  africa: "#E69F00",
  americas: "#56B4E9",
  "arab-states": "#009E73",
  "asia-pacific": "#CC79A7",
  cis: "#0072B2",
  europe: "#D55E00",
};

/** Dash patterns that tell lines (and radar outlines) apart without colour. */
export const SERIES_DASHES = ["", "6 3", "2 3", "8 3 2 3", "4 4", "1 2"] as const;

export function regionColour(region: string): string {
  return REGION_COLOURS[region] ?? "#4d5b68";
}

/**
 * Tailwind writes a theme colour's CSS variable only when some utility uses it,
 * so tier swatches use these classes: that also makes `var(--color-tier-N)`
 * available to the SVG fills of the map and the charts.
 */
export const TIER_SWATCH_CLASS: Record<number, string> = {
  1: "bg-tier-1",
  2: "bg-tier-2",
  3: "bg-tier-3",
  4: "bg-tier-4",
  5: "bg-tier-5",
};

export function tierColour(level: number): string {
  return `var(--color-tier-${level})`;
}

/** Overall is drawn in ink, thicker than the pillars around it. */
export const OVERALL_COLOUR = "#14202b";
export const PILLAR_COLOURS: Record<string, string> = {
  legal: "#0072B2",
  technical: "#E69F00",
  organizational: "#009E73",
  capacity: "#CC79A7",
  cooperation: "#D55E00",
};
