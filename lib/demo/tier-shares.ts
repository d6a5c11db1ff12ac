/**
 * Demo overall scores whose tier shares follow the published GCI 2024 distribution, so that a demo cannot be
 * read as uniform noise. GCI 2024 placed 46 states in Tier 1 and 105 in Tiers 3 and 4 (the reference facts);
 * the split of the rest is not in the project's sources, so these counts are used: Tier 1: 46, Tier 2: 28,
 * Tier 3: 55, Tier 4: 50, Tier 5: 14 (193 in all). Pure and deterministic from the seed. The demo seed
 * (db/seed/demo.ts) draws each state's score here and picks answers that reach it (lib/demo/targeted.ts).
 */
import { hashString, seededRandom } from "./generate";

export interface TierBand {
  level: 1 | 2 | 3 | 4 | 5;
  /** Lowest score of the tier (inclusive) and the highest (exclusive, 100 inclusive for Tier 1). */
  min: number;
  max: number;
  count: number;
}

/** The bands of the framework's tiers (modelled on the GCI 2024 tiers) with the demo counts per tier. */
export const GCI_2024_TIER_BANDS: readonly TierBand[] = [
  { level: 1, min: 95, max: 100, count: 46 },
  { level: 2, min: 85, max: 95, count: 28 },
  { level: 3, min: 55, max: 85, count: 55 },
  { level: 4, min: 20, max: 55, count: 50 },
  { level: 5, min: 0, max: 20, count: 14 },
];

/** How many of `n` states fall in each band: the published counts scaled to n, by largest remainder. */
export function tierCounts(n: number, bands: readonly TierBand[] = GCI_2024_TIER_BANDS): number[] {
  const total = bands.reduce((s, b) => s + b.count, 0);
  const exact = bands.map((b) => (b.count * n) / total);
  const counts = exact.map(Math.floor);
  let left = n - counts.reduce((s, c) => s + c, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left <= 0) break;
    counts[i]! += 1;
    left--;
  }
  return counts;
}

/**
 * Demo overall scores for the given ids (e.g. ISO3 codes), keyed by id: each band gets its share of the ids
 * (a seeded shuffle decides which), and each score is drawn uniformly inside its band, to two decimals.
 * The same ids and seed give the same scores on every machine.
 */
export function drawDemoScores(
  ids: readonly string[],
  seed = 45,
  bands: readonly TierBand[] = GCI_2024_TIER_BANDS,
): Record<string, number> {
  const random = seededRandom(hashString(`${seed}:tier-shares:${ids.length}`));
  const shuffled = [...ids].sort();
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
  }
  const counts = tierCounts(ids.length, bands);
  const scores: Record<string, number> = {};
  let k = 0;
  bands.forEach((band, b) => {
    for (let c = 0; c < counts[b]!; c++) {
      const id = shuffled[k++]!;
      // Inside [min, max): Tier 1 may reach 100; other bands stay below the next threshold.
      const top = band.level === 1 ? band.max : band.max - 0.01;
      const raw = band.min + random() * (top - band.min);
      scores[id] = Math.min(top, Math.max(band.min, Math.round(raw * 100) / 100));
    }
  });
  return scores;
}
