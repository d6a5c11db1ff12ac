import { describe, expect, it } from "vitest";
import {
  MIN_STATES_FOR_FOCAL_POINTS,
  MIN_STATES_FOR_PUBLIC,
  averageScores,
  groupAverage,
  publicRegionAverages,
  regionFigures,
  type StateScores,
} from "./averages";

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

  it("averages a pillar over the states that have a score for it, as the results page does", () => {
    const rows = [{ ...s("EEE", "cis", 40, 3), pillars: { legal: 40 } }, s("FFF", "cis", 80, 1)];
    const [, , cis] = regionFigures(regions, rows, keys, false);
    // Not (0 + 40) / 2: the older assessment has no technical score, and a missing score is no zero.
    expect(cis?.pillars).toEqual({ legal: 60, technical: 40 });
    expect(cis?.pillars).toEqual(averageScores(rows, keys)?.pillars);
  });
});

describe("groupAverage", () => {
  const rows = [s("AAA", "africa", 90, 2), s("BBB", "africa", 60, 3)];
  it("hides a group smaller than the minimum only when asked to", () => {
    expect(rows.length).toBeLessThan(MIN_STATES_FOR_FOCAL_POINTS);
    expect(groupAverage(rows, keys, true)).toBeNull();
    expect(groupAverage(rows, keys, false)?.overall).toBe(75);
    expect(groupAverage([...rows, s("CCC", "africa", 30, 4)], keys, true)?.overall).toBe(60);
  });
});

const KEYS = { pillars: ["legal", "technical"], outcomes: ["D.3-1"] };

describe("averageScores", () => {
  it("is null when no assessment is counted", () => {
    expect(averageScores([], KEYS)).toBeNull();
  });

  it("takes the plain mean of the overall, each pillar and each outcome, and counts the assessments", () => {
    const average = averageScores(
      [
        { overall: 40, pillars: { legal: 30, technical: 50 }, outcomes: { "D.3-1": 10 } },
        { overall: 70, pillars: { legal: 90, technical: 20 }, outcomes: { "D.3-1": 35 } },
        { overall: 100, pillars: { legal: 60, technical: 80 }, outcomes: { "D.3-1": 60 } },
      ],
      KEYS,
    );
    expect(average).toEqual({
      count: 3,
      overall: 70,
      pillars: { legal: 60, technical: 50 },
      outcomes: { "D.3-1": 35 },
    });
  });

  it("averages a pillar over the assessments that have a score for it, and leaves out one nobody has", () => {
    const average = averageScores(
      [
        { overall: 20, pillars: { legal: 10 }, outcomes: {} },
        { overall: 30, pillars: { legal: 30, technical: 80 }, outcomes: {} },
      ],
      KEYS,
    );
    expect(average).toEqual({ count: 2, overall: 25, pillars: { legal: 20, technical: 80 }, outcomes: {} });
  });

  it("ignores scores it was not asked for", () => {
    const average = averageScores([{ overall: 50, pillars: { legal: 50, other: 1 }, outcomes: { "D.3-9": 3 } }], KEYS);
    expect(average?.pillars).toEqual({ legal: 50 });
    expect(average?.outcomes).toEqual({});
  });
});

describe("publicRegionAverages", () => {
  const keys = { pillars: ["legal"], outcomes: [] };
  const state = (iso3: string, region: string, overall: number): StateScores => ({
    iso3,
    region,
    overall,
    tierLevel: 3,
    pillars: { legal: overall },
    outcomes: {},
  });
  const five = ["A1", "A2", "A3", "A4", "A5"].map((iso3, i) => state(iso3, "africa", 10 * (i + 1)));

  it("shows a region's average over every counted state once at least five are counted", () => {
    expect(MIN_STATES_FOR_PUBLIC).toBe(5);
    const [africa] = publicRegionAverages(["africa"], five, new Set(["A1", "A2", "A3"]), keys);
    expect(africa).toEqual({
      region: "africa",
      counted: 5,
      average: { count: 5, overall: 30, pillars: { legal: 30 }, outcomes: {} },
    });
  });

  it("shows no average for a region with fewer than five counted states, published or not", () => {
    const four = five.slice(0, 4);
    const [africa] = publicRegionAverages(["africa"], four, new Set(four.map((s) => s.iso3)), keys);
    expect(africa).toEqual({ region: "africa", counted: 4, average: null });
  });

  it("shows none where exactly one counted state is unpublished (its score would follow by subtraction)", () => {
    const [africa] = publicRegionAverages(["africa"], five, new Set(["A1", "A2", "A3", "A4"]), keys);
    expect(africa!.average).toBeNull();
    const [all] = publicRegionAverages(["africa"], five, new Set(five.map((s) => s.iso3)), keys);
    expect(all!.average?.overall).toBe(30);
  });

  it("counts only the region's own states", () => {
    const rows = [...five, state("E1", "europe", 90)];
    const [europe] = publicRegionAverages(["europe"], rows, new Set(["E1"]), keys);
    expect(europe).toEqual({ region: "europe", counted: 1, average: null });
  });
});
