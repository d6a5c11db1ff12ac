import { describe, expect, it } from "vitest";
import { hasScoreYet, noScoreYet, scoreChange } from "./score-state";

describe("no score yet", () => {
  it("a not-started or incomplete assessment has no score yet; a complete one has", () => {
    expect(hasScoreYet({ status: "not_started", completion: 0 })).toBe(false);
    expect(hasScoreYet({ status: "draft", completion: 0 })).toBe(false);
    expect(hasScoreYet({ status: "draft", completion: 0.6 })).toBe(false);
    expect(hasScoreYet({ status: "draft", completion: 79 / 80 })).toBe(false);
    expect(hasScoreYet({ status: "draft", completion: 1 })).toBe(true);
    expect(hasScoreYet({ status: "draft", completion: (80 / 3) * (3 / 80) })).toBe(true);
    for (const status of ["submitted", "returned", "validated"] as const)
      expect(hasScoreYet({ status, completion: 1 })).toBe(true);
  });

  it("an analyst's empty cell is 'no score yet' for a draft or not-started assessment only", () => {
    expect(noScoreYet({ status: "not_started", overall: null })).toBe(true);
    expect(noScoreYet({ status: "draft", overall: null })).toBe(true);
    // Submitted but not counted (validated only): it has a score, just not in these figures.
    expect(noScoreYet({ status: "submitted", overall: null })).toBe(false);
    expect(noScoreYet({ status: "validated", overall: 42 })).toBe(false);
  });

  it("gives no change against the previous cycle or the region without a score on both sides", () => {
    expect(scoreChange(null, 78.87)).toBeNull();
    expect(scoreChange(50, null)).toBeNull();
    expect(scoreChange(50, undefined)).toBeNull();
    expect(scoreChange(50, 78.87)).toBeCloseTo(-28.87, 10);
    expect(scoreChange(0, 0)).toBe(0);
  });
});
