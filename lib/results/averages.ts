/**
 * Averages of stored scores, e.g. a BDT region's validated assessments in one
 * cycle. Plain means: every counted state weighs the same, whatever its size,
 * as in the GCI's regional figures.
 */

/** The scores stored on one assessment that enter an average. */
export interface StoredScores {
  overall: number;
  pillars: Record<string, number>;
  outcomes: Record<string, number>;
}

export interface AverageScores {
  /** How many assessments were averaged. */
  count: number;
  overall: number;
  /** Mean of every requested pillar that at least one assessment has a score for. */
  pillars: Record<string, number>;
  /** Mean of every requested outcome that at least one assessment has a score for. */
  outcomes: Record<string, number>;
}

function mean(values: readonly number[]): number | undefined {
  return values.length === 0 ? undefined : values.reduce((a, b) => a + b, 0) / values.length;
}

/**
 * A pillar or outcome is averaged over the assessments that have a score for it:
 * an assessment made under an older questionnaire version may lack one, and
 * counting it as 0 would pull the average down for no reason.
 */
function meanByKey(rows: readonly Record<string, number>[], keys: readonly string[]): Record<string, number> {
  const result: Record<string, number> = {};
  for (const key of keys) {
    const m = mean(rows.map((r) => r[key]).filter((v): v is number => typeof v === "number" && Number.isFinite(v)));
    if (m !== undefined) result[key] = m;
  }
  return result;
}

/** The plain mean of the overall, pillar and outcome scores; null when there is nothing to average. */
export function averageScores(
  rows: readonly StoredScores[],
  keys: { pillars: readonly string[]; outcomes: readonly string[] },
): AverageScores | null {
  const overall = mean(rows.map((r) => r.overall));
  if (overall === undefined) return null;
  return {
    count: rows.length,
    overall,
    pillars: meanByKey(
      rows.map((r) => r.pillars),
      keys.pillars,
    ),
    outcomes: meanByKey(
      rows.map((r) => r.outcomes),
      keys.outcomes,
    ),
  };
}
