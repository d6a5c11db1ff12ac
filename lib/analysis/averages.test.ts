import { describe, expect, it } from "vitest";
import { regionFigures, type StateScores } from "./averages";

const keys = { pillars: ["legal", "technical"], outcomes: ["D.3-1"], tierLevels: [1, 2, 3, 4, 5] };
const s = (iso3: string, region: string, overall: number, tierLevel: number): StateScores => ({
  iso3,
  region,
  overall,
  tierLevel,
  pillars: { legal: overall, technical: overall / 2 },
  outcomes: { "D.3-1": overall },
});

describe("regional figures", () => {
  const counted = [
    s("AAA", "africa", 90, 2),
    s("BBB", "africa", 60, 3),
    s("CCC", "africa", 30, 4),
    s("DDD", "europe", 96, 1),
  ];
  const regions = [
    { id: "africa", states: 44 },
    { id: "europe", states: 46 },
    { id: "cis", states: 9 },
  ];

  it("averages the counted states' scores plainly and counts tiers", () => {
    const [africa] = regionFigures(regions, counted, keys, false);
    expect(africa).toEqual({
      region: "africa",
      states: 44,
      counted: 3,
      overall: 60,
      pillars: { legal: 60, technical: 30 },
      outcomes: { "D.3-1": 60 },
      tiers: { "1": 0, "2": 1, "3": 1, "4": 1, "5": 0 },
    });
  });

  it("shows analysts a one-state region but hides it from focal points, and an empty region from everyone", () => {
    const forAnalysts = regionFigures(regions, counted, keys, false);
    expect(forAnalysts[1]?.overall).toBe(96);
    expect(forAnalysts[2]).toMatchObject({ counted: 0, overall: null });
    const forFocalPoints = regionFigures(regions, counted, keys, true);
    expect(forFocalPoints[1]).toEqual({
      region: "europe",
      states: 46,
      counted: 1,
      overall: null,
      pillars: null,
      outcomes: null,
      tiers: null,
    });
    expect(forFocalPoints[0]?.overall).toBe(60);
  });
});
