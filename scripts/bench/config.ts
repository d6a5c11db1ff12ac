/** The sizes of a full run and of `--quick`. */
export interface BenchConfig {
  mode: "full" | "quick";
  /** Closed cycles of history at which the analyst reads are measured, smaller first. */
  cycleSizes: [number, number];
  reads: { connections: number; durationSeconds: number; warmupSeconds: number };
  autosave: { focalPoints: number; durationSeconds: number };
  scoringSeconds: number;
  lighthouse: boolean;
  /** PDF reports: this many one at a time (after a warm-up), then this many at once. */
  pdf: { sequential: number; concurrent: number };
}

export const FULL: BenchConfig = {
  mode: "full",
  cycleSizes: [10, 50],
  reads: { connections: 20, durationSeconds: 10, warmupSeconds: 2 },
  autosave: { focalPoints: 193, durationSeconds: 30 },
  scoringSeconds: 3,
  lighthouse: true,
  pdf: { sequential: 10, concurrent: 10 },
};

/** Under two minutes once the app is built: fewer cycles and focal points (each account costs a password hash), shorter loads, no Lighthouse. */
export const QUICK: BenchConfig = {
  mode: "quick",
  cycleSizes: [2, 4],
  reads: { connections: 20, durationSeconds: 2, warmupSeconds: 1 },
  autosave: { focalPoints: 20, durationSeconds: 4 },
  scoringSeconds: 1,
  lighthouse: false,
  pdf: { sequential: 5, concurrent: 10 },
};

/** Bench cycles are numbered from 2000 (the cycles table allows 2000–2100); the open one comes after them all. */
export const FIRST_YEAR = 2000;
export const OPEN_YEAR = 2060;

export function closedYears(count: number): number[] {
  return Array.from({ length: count }, (_, i) => FIRST_YEAR + i);
}
