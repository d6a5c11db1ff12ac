import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RES45_BA2017_V1 } from "../framework";
import { MEMBER_STATES } from "../reference";
import { tierFor } from "../scoring";
import { GCI_2024_TIER_BANDS, drawDemoScores, tierCounts } from "./tier-shares";

const ids = MEMBER_STATES.map((s) => s.iso3);

describe("demo scores with GCI 2024 tier shares", () => {
  it("puts 46 states in Tier 1 and 105 in Tiers 3 and 4, 193 in all", () => {
    const scores = drawDemoScores(ids);
    const perTier: Record<number, number> = {};
    for (const s of Object.values(scores)) {
      const level = tierFor(RES45_BA2017_V1, s).level;
      perTier[level] = (perTier[level] ?? 0) + 1;
    }
    expect(perTier).toEqual({ 1: 46, 2: 28, 3: 55, 4: 50, 5: 14 });
    expect(perTier[3]! + perTier[4]!).toBe(105);
    expect(Object.keys(scores).sort()).toEqual([...ids].sort());
  });

  it("uses the framework's tier thresholds", () => {
    expect(GCI_2024_TIER_BANDS.map((b) => [b.level, b.min])).toEqual(
      RES45_BA2017_V1.tiers.map((t) => [t.level, t.minScore]),
    );
  });

  it("is deterministic from the seed, and another seed gives another draw", () => {
    expect(drawDemoScores(ids, 7)).toEqual(drawDemoScores(ids, 7));
    expect(drawDemoScores([...ids].reverse(), 7)).toEqual(drawDemoScores(ids, 7));
    expect(drawDemoScores(ids, 8)).not.toEqual(drawDemoScores(ids, 7));
  });

  it("scales the shares to any number of states and keeps scores in [0, 100]", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 600 }), fc.nat(), (n, seed) => {
        const counts = tierCounts(n);
        expect(counts.reduce((s, c) => s + c, 0)).toBe(n);
        const scores = Object.values(
          drawDemoScores(
            Array.from({ length: n }, (_, i) => `S${i}`),
            seed,
          ),
        );
        expect(scores).toHaveLength(n);
        for (const s of scores) expect(s >= 0 && s <= 100).toBe(true);
      }),
      { numRuns: 50 },
    );
    expect(tierCounts(193)).toEqual([46, 28, 55, 50, 14]);
  });
});
