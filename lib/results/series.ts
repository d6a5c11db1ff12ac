/**
 * The rows behind the results charts and their data tables: one row per pillar
 * or outcome, with this cycle's score and the two comparisons. The chart and the
 * table read the same rows, so they always show the same numbers.
 */

export interface ComparisonRow {
  id: string;
  label: string;
  /** This cycle's score; null while the assessment has no score yet (lib/results/score-state). */
  current: number | null;
  /** The state's score in its previous validated cycle; null when there is none. */
  previous: number | null;
  /** The region's average over validated assessments; null when there is none. */
  region: number | null;
}

/**
 * One row per item, in the items' order. A missing comparison (no previous cycle,
 * no validated assessment in the region, or no score for this item) is null, never 0:
 * "no data" must not look like "scored zero".
 */
export function comparisonRows(
  items: readonly { id: string; name: string }[],
  /** Null while the assessment has no score yet: the row then has no current score. */
  current: Readonly<Record<string, number>> | null,
  previous: Readonly<Record<string, number>> | null,
  region: Readonly<Record<string, number>> | null,
): ComparisonRow[] {
  return items.map((item) => ({
    id: item.id,
    label: item.name,
    current: current === null ? null : (current[item.id] ?? 0),
    previous: previous?.[item.id] ?? null,
    region: region?.[item.id] ?? null,
  }));
}
