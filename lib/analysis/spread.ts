/**
 * The spread of overall scores within each region: the counted states' scores
 * as points (a strip plot) and their five-number summary (the data table, and
 * what a box plot would draw).
 */
import { isCounted, type Include } from "./counting";
import type { CycleScoreRow, Dimension } from "./types";

export interface FiveNumberSummary {
  count: number;
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
}

export interface RegionSpread {
  region: string;
  name: string;
  /** Counted states, lowest score first. */
  points: { iso3: string; name: string; overall: number }[];
  /** Null when the region has no counted state. */
  summary: FiveNumberSummary | null;
}

/**
 * The p-quantile of ascending values by linear interpolation between closest
 * ranks (R's type 7, as spreadsheets' QUARTILE.INC and d3.quantile compute it).
 */
export function quantile(sortedAscending: readonly number[], p: number): number {
  const n = sortedAscending.length;
  if (n === 0) throw new RangeError("quantile of no values");
  const h = (n - 1) * Math.min(1, Math.max(0, p));
  const lo = Math.floor(h);
  const low = sortedAscending[lo]!;
  const high = sortedAscending[Math.min(n - 1, lo + 1)]!;
  return low + (h - lo) * (high - low);
}

export function fiveNumberSummary(values: readonly number[]): FiveNumberSummary | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return {
    count: sorted.length,
    min: sorted[0]!,
    q1: quantile(sorted, 0.25),
    median: quantile(sorted, 0.5),
    q3: quantile(sorted, 0.75),
    max: sorted[sorted.length - 1]!,
  };
}

export function scoreSpread(
  rows: readonly Pick<CycleScoreRow, "iso3" | "name" | "region" | "status" | "overall">[],
  regions: readonly Dimension[],
  include: Include,
): RegionSpread[] {
  return regions.map((r) => {
    const points = rows
      .filter((s) => s.region === r.id && s.overall !== null && isCounted(s.status, include))
      .map((s) => ({ iso3: s.iso3, name: s.name, overall: s.overall! }))
      .sort((a, b) => a.overall - b.overall || a.name.localeCompare(b.name));
    return { region: r.id, name: r.name, points, summary: fiveNumberSummary(points.map((p) => p.overall)) };
  });
}

export interface StripPoint {
  /** The region's position on the axis (0, 1, …) plus a small sideways offset. */
  x: number;
  y: number;
  iso3: string;
  name: string;
  region: string;
}

/** Sideways offsets, in axis units, that neighbouring scores cycle through so close points do not hide each other. */
const JITTER = [0, -0.12, 0.12, -0.24, 0.24] as const;

/**
 * The strip plot's points. The offset depends only on a point's rank within its
 * region, so the picture is the same on every render (no random jitter).
 */
export function stripPoints(spread: readonly RegionSpread[]): StripPoint[] {
  return spread.flatMap((r, index) =>
    r.points.map((p, rank) => ({
      x: index + JITTER[rank % JITTER.length]!,
      y: p.overall,
      iso3: p.iso3,
      name: p.name,
      region: r.region,
    })),
  );
}
