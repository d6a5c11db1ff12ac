/**
 * Chart series built from the regional figures (`regionFigures`) and the cycle's
 * state rows: one function per chart of the analysis dashboard, each returning
 * plain rows that both the chart and its data table read, so the two always
 * show the same numbers.
 */
import { ASSESSMENT_STATUSES, type AssessmentStatus } from "../assessment/status";
import type { RegionFigures } from "./averages";
import type { Dimension, SeriesRow } from "./types";

/**
 * One row per pillar (or outcome), with each region's average as a value:
 * the shape of a grouped bar chart (pillars on the axis, a bar per region) and
 * of a radar (pillars around, a polygon per region). A region without counted
 * states has null, which the charts leave out rather than draw as zero.
 */
export function regionalAverageSeries(
  figures: readonly RegionFigures[],
  regions: readonly Dimension[],
  dimensions: readonly Dimension[],
  of: "pillars" | "outcomes",
): SeriesRow[] {
  const byRegion = new Map(figures.map((f) => [f.region, f]));
  return dimensions.map((d) => ({
    id: d.id,
    label: d.name,
    values: Object.fromEntries(regions.map((r) => [r.id, byRegion.get(r.id)?.[of]?.[d.id] ?? null])),
  }));
}

/** One row per region with the number of counted states in each tier (keyed by level): stacked bars. */
export function tierCountSeries(
  figures: readonly RegionFigures[],
  regions: readonly Dimension[],
  tierLevels: readonly number[],
): SeriesRow[] {
  const byRegion = new Map(figures.map((f) => [f.region, f]));
  return regions.map((r) => {
    const tiers = byRegion.get(r.id)?.tiers;
    return {
      id: r.id,
      label: r.name,
      values: Object.fromEntries(tierLevels.map((l) => [String(l), tiers?.[String(l)] ?? 0])),
    };
  });
}

export interface StatusCountRow {
  region: string;
  name: string;
  counts: Record<AssessmentStatus, number>;
  total: number;
}

function emptyCounts(): Record<AssessmentStatus, number> {
  return Object.fromEntries(ASSESSMENT_STATUSES.map((s) => [s, 0])) as Record<AssessmentStatus, number>;
}

/**
 * How many Member States of each region are at each status, plus a last row
 * for all regions. States of a region not in `regions` count only in the total.
 */
export function statusCountsByRegion(
  rows: readonly { region: string; status: AssessmentStatus }[],
  regions: readonly Dimension[],
): { regions: StatusCountRow[]; total: StatusCountRow } {
  const byRegion = new Map(regions.map((r) => [r.id, { region: r.id, name: r.name, counts: emptyCounts(), total: 0 }]));
  const total: StatusCountRow = { region: "all", name: "All regions", counts: emptyCounts(), total: 0 };
  for (const row of rows) {
    const region = byRegion.get(row.region);
    if (region) {
      region.counts[row.status] += 1;
      region.total += 1;
    }
    total.counts[row.status] += 1;
    total.total += 1;
  }
  return { regions: [...byRegion.values()], total };
}
