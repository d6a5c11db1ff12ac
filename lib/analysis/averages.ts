/**
 * Regional figures from stored state scores: plain means over the counted
 * states, tier counts, and the rule that hides small groups from focal points.
 */
export interface StateScores {
  iso3: string;
  region: string;
  overall: number;
  tierLevel: number;
  pillars: Record<string, number>;
  outcomes: Record<string, number>;
}

export interface RegionFigures {
  region: string;
  /** Member States in the region. */
  states: number;
  /** States whose scores are averaged (validated, or also submitted on request). */
  counted: number;
  overall: number | null;
  pillars: Record<string, number> | null;
  outcomes: Record<string, number> | null;
  /** How many counted states are in each tier, keyed "1" to "5". */
  tiers: Record<string, number> | null;
}

/** Below this many counted states, a focal point sees no regional average (no single state can be inferred). */
export const MIN_STATES_FOR_FOCAL_POINTS = 3;

function mean(values: number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

function meanByKey(rows: Record<string, number>[], keys: readonly string[]): Record<string, number> {
  return Object.fromEntries(keys.map((k) => [k, mean(rows.map((r) => r[k] ?? 0))]));
}

export function regionFigures(
  regions: readonly { id: string; states: number }[],
  counted: readonly StateScores[],
  keys: { pillars: readonly string[]; outcomes: readonly string[]; tierLevels: readonly number[] },
  hideSmallGroups: boolean,
): RegionFigures[] {
  return regions.map(({ id, states }) => {
    const rows = counted.filter((s) => s.region === id);
    const hidden = rows.length === 0 || (hideSmallGroups && rows.length < MIN_STATES_FOR_FOCAL_POINTS);
    if (hidden)
      return { region: id, states, counted: rows.length, overall: null, pillars: null, outcomes: null, tiers: null };
    return {
      region: id,
      states,
      counted: rows.length,
      overall: mean(rows.map((r) => r.overall)),
      pillars: meanByKey(
        rows.map((r) => r.pillars),
        keys.pillars,
      ),
      outcomes: meanByKey(
        rows.map((r) => r.outcomes),
        keys.outcomes,
      ),
      tiers: Object.fromEntries(keys.tierLevels.map((l) => [String(l), rows.filter((r) => r.tierLevel === l).length])),
    };
  });
}
