/**
 * The one module of regional averages: plain means of stored scores (every
 * counted state weighs the same, whatever its size, as in the GCI's regional
 * figures), tier counts, and the rule that hides small groups from focal points.
 * The results page's region average and BDT's regional figures
 * (`/api/v1/cycles/{cycle}/regions`, the analysis pages) are both computed here.
 */

/** The scores stored on one assessment that enter an average. */
export interface StoredScores {
  overall: number;
  pillars: Record<string, number>;
  outcomes: Record<string, number>;
}

/** One counted state's stored scores, with what the regional figures group and count them by. */
export interface StateScores extends StoredScores {
  iso3: string;
  region: string;
  tierLevel: number;
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

export interface RegionFigures {
  region: string;
  /** Member States in the region. */
  states: number;
  /** States whose scores are averaged (validated, or also submitted on request). */
  counted: number;
  overall: number | null;
  /** As in `AverageScores`: a pillar no counted state has a score for is left out. */
  pillars: Record<string, number> | null;
  outcomes: Record<string, number> | null;
  /** How many counted states are in each tier, keyed "1" to "5". */
  tiers: Record<string, number> | null;
}

/** Below this many counted states, a focal point sees no regional average (no single state can be inferred). */
export const MIN_STATES_FOR_FOCAL_POINTS = 3;

export interface AverageKeys {
  pillars: readonly string[];
  outcomes: readonly string[];
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
export function averageScores(rows: readonly StoredScores[], keys: AverageKeys): AverageScores | null {
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

/**
 * The average of one group of counted assessments as a reader may see it: null
 * when there is none, or when small groups are hidden from the reader and the
 * group has fewer than `MIN_STATES_FOR_FOCAL_POINTS`.
 */
export function groupAverage(
  rows: readonly StoredScores[],
  keys: AverageKeys,
  hideSmallGroups: boolean,
): AverageScores | null {
  if (hideSmallGroups && rows.length < MIN_STATES_FOR_FOCAL_POINTS) return null;
  return averageScores(rows, keys);
}

/** Per region: its number of states, how many are counted, their average (see `groupAverage`) and tier counts. */
export function regionFigures(
  regions: readonly { id: string; states: number }[],
  counted: readonly StateScores[],
  keys: AverageKeys & { tierLevels: readonly number[] },
  hideSmallGroups: boolean,
): RegionFigures[] {
  return regions.map(({ id, states }) => {
    const rows = counted.filter((s) => s.region === id);
    const average = groupAverage(rows, keys, hideSmallGroups);
    if (!average)
      return { region: id, states, counted: rows.length, overall: null, pillars: null, outcomes: null, tiers: null };
    return {
      region: id,
      states,
      counted: rows.length,
      overall: average.overall,
      pillars: average.pillars,
      outcomes: average.outcomes,
      tiers: Object.fromEntries(keys.tierLevels.map((l) => [String(l), rows.filter((r) => r.tierLevel === l).length])),
    };
  });
}

/**
 * Below this many counted states, the public pages and open data show no regional average: it counts every
 * validated state of the region, published or not, and a small group would let a reader infer one of them.
 */
export const MIN_STATES_FOR_PUBLIC = 5;

/** A region's figure as the public sees it: no tier counts, and null where it could expose a state. */
export interface PublicRegionAverage {
  region: string;
  /** Validated states counted (published by name or not). */
  counted: number;
  average: AverageScores | null;
}

/**
 * Public regional averages over every counted (validated) state, published by name or not, shown only where
 * at least `MIN_STATES_FOR_PUBLIC` states are counted, and never where exactly one counted state is
 * unpublished: with the published states' scores and the count public, that one state's score would follow
 * from the mean by subtraction.
 */
export function publicRegionAverages(
  regions: readonly string[],
  counted: readonly StateScores[],
  published: ReadonlySet<string>,
  keys: AverageKeys,
): PublicRegionAverage[] {
  return regions.map((region) => {
    const rows = counted.filter((s) => s.region === region);
    const unpublished = rows.filter((s) => !published.has(s.iso3)).length;
    const shown = rows.length >= MIN_STATES_FOR_PUBLIC && unpublished !== 1;
    return { region, counted: rows.length, average: shown ? averageScores(rows, keys) : null };
  });
}
