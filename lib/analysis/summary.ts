/** The key figures at the top of the analysis dashboard, from the cycle's state rows. */
import { isCounted, type Include } from "./counting";
import { fiveNumberSummary } from "./spread";
import type { CycleScoreRow } from "./types";

export interface CycleSummary {
  states: number;
  /** States whose scores the comparisons count. */
  counted: number;
  /** Submitted and not yet validated or returned: BDT's review queue. */
  awaitingReview: number;
  /** Mean and median overall score of the counted states; null when none is counted. */
  meanOverall: number | null;
  medianOverall: number | null;
}

export function cycleSummary(rows: readonly CycleScoreRow[], include: Include): CycleSummary {
  const scores = rows.filter((r) => r.overall !== null && isCounted(r.status, include)).map((r) => r.overall!);
  return {
    states: rows.length,
    counted: scores.length,
    awaitingReview: rows.filter((r) => r.status === "submitted").length,
    meanOverall: scores.length === 0 ? null : scores.reduce((a, b) => a + b, 0) / scores.length,
    medianOverall: fiveNumberSummary(scores)?.median ?? null,
  };
}
