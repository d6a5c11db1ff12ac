/**
 * Pure helpers of the benchmark: percentiles and the evaluation of a figure
 * against its target. Timings never go into tests; these helpers do.
 */

/** The p-th percentile (0–100) of `values` by the nearest-rank method; NaN for no values. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  if (!(p >= 0 && p <= 100)) throw new RangeError(`percentile ${p} is outside 0–100`);
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}

export interface LatencySummary {
  count: number;
  p50: number;
  p95: number;
  /** Responses per second over the measured duration. */
  rps: number;
}

export function summarize(latenciesMs: readonly number[], durationSeconds: number): LatencySummary {
  return {
    count: latenciesMs.length,
    p50: percentile(latenciesMs, 50),
    p95: percentile(latenciesMs, 95),
    rps: durationSeconds > 0 ? latenciesMs.length / durationSeconds : 0,
  };
}

/**
 * How a figure is judged. Ratios are value / baseline, both measured in the same
 * run, so they hold on a noisy machine where absolute timings do not.
 */
export type Target =
  | { kind: "ratio-at-most"; limit: number }
  | { kind: "ratio-at-least"; limit: number }
  | { kind: "at-most"; limit: number }
  | { kind: "at-least"; limit: number }
  | { kind: "equal-baseline" };

export function ratioOf(value: number, baseline: number): number {
  if (baseline === 0) return value === 0 ? 1 : Number.POSITIVE_INFINITY;
  return value / baseline;
}

export function isMet(target: Target, value: number, baseline: number): boolean {
  if (!Number.isFinite(value)) return false;
  const ratio = ratioOf(value, baseline);
  switch (target.kind) {
    case "ratio-at-most":
      return ratio <= target.limit;
    case "ratio-at-least":
      return ratio >= target.limit;
    case "at-most":
      return value <= target.limit;
    case "at-least":
      return value >= target.limit;
    case "equal-baseline":
      return value === baseline;
  }
}

export function describeTarget(target: Target, unit: string): string {
  switch (target.kind) {
    case "ratio-at-most":
      return `≤ ${target.limit} × baseline`;
    case "ratio-at-least":
      return `≥ ${target.limit} × baseline`;
    case "at-most":
      return `≤ ${target.limit} ${unit}`;
    case "at-least":
      return `≥ ${target.limit} ${unit}`;
    case "equal-baseline":
      return "= baseline";
  }
}
