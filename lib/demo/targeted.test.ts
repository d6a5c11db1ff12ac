import { describe, expect, it } from "vitest";
import { RES45_BA2017_V1, RES45_BA2017_V2 } from "../framework";
import { MEMBER_STATES } from "../reference";
import { scoreAssessment, tierFor } from "../scoring";
import { bandOf, demoAnswersScoring, demoScoreInCycle } from "./targeted";
import { drawDemoScores } from "./tier-shares";

const ISO3 = MEMBER_STATES.map((s) => s.iso3);

describe("demo answers that reach a drawn score", () => {
  it("scores every Member State's drawn score to within half a point, in its tier, under both versions", () => {
    const drawn = drawDemoScores(ISO3);
    for (const framework of [RES45_BA2017_V1, RES45_BA2017_V2]) {
      const tiers = [0, 0, 0, 0, 0];
      for (const iso3 of ISO3) {
        const target = drawn[iso3]!;
        const answers = demoAnswersScoring(framework, iso3, 2025, target);
        expect(answers).toHaveLength(framework.questions.length);
        const overall = scoreAssessment(framework, answers).overall;
        expect(Math.abs(overall - target), `${framework.id} ${iso3} ${target} → ${overall}`).toBeLessThan(0.5);
        const level = tierFor(framework, overall).level;
        expect(level, `${iso3} ${target} → ${overall}`).toBe(bandOf(target).level);
        tiers[level - 1]!++;
      }
      // The GCI 2024 shares: 46 states in Tier 1, 105 in Tiers 3 and 4.
      expect(tiers[0]).toBe(46);
      expect(tiers[2]! + tiers[3]!).toBe(105);
    }
  });

  it("is the same on every run, and a draft answers about its completion's share", () => {
    const a = demoAnswersScoring(RES45_BA2017_V2, "KEN", 2026, 61.2, { completion: 0.5 });
    expect(demoAnswersScoring(RES45_BA2017_V2, "KEN", 2026, 61.2, { completion: 0.5 })).toEqual(a);
    expect(a.length).toBeGreaterThan(25);
    expect(a.length).toBeLessThan(65);
  });

  it("moves a state's score a few points a cycle, upwards, within 0 to 100", () => {
    expect(demoScoreInCycle(60, "KEN", 2025, 2025)).toBe(60);
    const before = demoScoreInCycle(60, "KEN", 2024, 2025);
    const after = demoScoreInCycle(60, "KEN", 2026, 2025);
    expect(before).toBeLessThan(60);
    expect(after).toBeGreaterThan(60);
    expect(after - 60).toBeLessThanOrEqual(4.5);
    expect(demoScoreInCycle(99, "KEN", 2027, 2025)).toBe(100);
    expect(demoScoreInCycle(1, "KEN", 2022, 2025)).toBe(0);
  });
});
