/**
 * Series across cycles: a region's averages (from one `regionFigures` result
 * per cycle) and one state's own scores, oldest cycle first, as rows keyed by
 * "overall" and the pillar ids that a line chart and its table both read.
 */
import type { AssessmentStatus } from "../assessment/status";
import type { RegionFigures } from "./averages";
import { isCounted, type Include } from "./counting";

export interface TrendPoint {
  cycle: number;
  /** "overall" and each pillar id; null where the cycle has no counted figure. */
  values: Record<string, number | null>;
  /** For a region: how many states were averaged. */
  counted?: number;
  /** For a state: its assessment's status in that cycle. */
  status?: AssessmentStatus;
}

function scoreValues(
  overall: number | null,
  pillars: Record<string, number> | null,
  pillarIds: readonly string[],
): Record<string, number | null> {
  return {
    overall,
    ...Object.fromEntries(pillarIds.map((p) => [p, overall === null ? null : (pillars?.[p] ?? null)])),
  };
}

export function regionTrend(
  perCycle: readonly { cycle: number; figures: readonly RegionFigures[] }[],
  region: string,
  pillarIds: readonly string[],
): TrendPoint[] {
  return [...perCycle]
    .sort((a, b) => a.cycle - b.cycle)
    .map(({ cycle, figures }) => {
      const f = figures.find((x) => x.region === region);
      return {
        cycle,
        counted: f?.counted ?? 0,
        values: scoreValues(f?.overall ?? null, f?.pillars ?? null, pillarIds),
      };
    });
}

export interface StateCycleScores {
  cycle: number;
  status: AssessmentStatus;
  overall: number | null;
  pillars: Record<string, number> | null;
}

/** A state's scores per cycle; a cycle whose assessment is not counted has no values (a gap in the line). */
export function stateTrend(
  history: readonly StateCycleScores[],
  pillarIds: readonly string[],
  include: Include,
): TrendPoint[] {
  return [...history]
    .sort((a, b) => a.cycle - b.cycle)
    .map((h) => {
      const counted = isCounted(h.status, include) && h.overall !== null;
      return {
        cycle: h.cycle,
        status: h.status,
        values: scoreValues(counted ? h.overall : null, counted ? h.pillars : null, pillarIds),
      };
    });
}

/** The change of a series between its first and last cycle with a value; null with fewer than two values. */
export function trendChange(points: readonly TrendPoint[], key: string): number | null {
  const values = points.map((p) => p.values[key]).filter((v): v is number => v !== null && v !== undefined);
  return values.length < 2 ? null : values[values.length - 1]! - values[0]!;
}

/**
 * The score axis of a trend chart: the values' range plus a margin, rounded out
 * to tens and kept within 0–100, so that changes of a few points are visible
 * (a fixed 0–100 axis flattens them). [0, 100] when there is no value.
 */
export function trendDomain(points: readonly TrendPoint[], margin = 5): [number, number] {
  const values = points.flatMap((p) => Object.values(p.values)).filter((v): v is number => v !== null);
  if (values.length === 0) return [0, 100];
  const low = Math.max(0, Math.floor((Math.min(...values) - margin) / 10) * 10);
  const high = Math.min(100, Math.ceil((Math.max(...values) + margin) / 10) * 10);
  return [low, high];
}

export interface VersionChange {
  /** The first cycle read with the new version. */
  cycle: number;
  frameworkId: string;
}

/** The cycles where the questionnaire version changes from the cycle before, oldest first. */
export function versionChanges(cycles: readonly { cycle: number; frameworkId: string }[]): VersionChange[] {
  const sorted = [...cycles].sort((a, b) => a.cycle - b.cycle);
  return sorted
    .filter((c, i) => i > 0 && c.frameworkId !== sorted[i - 1]!.frameworkId)
    .map((c) => ({ cycle: c.cycle, frameworkId: c.frameworkId }));
}
