import { describe, expect, it } from "vitest";
import { fiveNumberSummary, quantile, scoreSpread, stripPoints } from "./spread";
import type { CycleScoreRow } from "./types";

const row = (iso3: string, region: string, status: CycleScoreRow["status"], overall: number | null): CycleScoreRow => ({
  iso3,
  name: `State ${iso3}`,
  region,
  status,
  overall,
  tier: overall === null ? null : { level: 3, name: "Establishing" },
  pillars: null,
  outcomes: null,
  completion: 1,
  scoreKind: overall === null ? null : "self_assessed",
});

describe("quantiles", () => {
  it("interpolates between closest ranks (type 7)", () => {
    expect(quantile([1, 2, 3, 4], 0.25)).toBeCloseTo(1.75, 12);
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([10], 0.75)).toBe(10);
    expect(quantile([1, 3], 0)).toBe(1);
    expect(quantile([1, 3], 1)).toBe(3);
    expect(() => quantile([], 0.5)).toThrow(RangeError);
  });

  it("summarises values in any order, and nothing as null", () => {
    expect(fiveNumberSummary([9, 1, 5, 3, 7])).toEqual({ count: 5, min: 1, q1: 3, median: 5, q3: 7, max: 9 });
    expect(fiveNumberSummary([])).toBeNull();
  });
});

describe("score spread", () => {
  const rows = [
    row("AAA", "africa", "validated", 70),
    row("BBB", "africa", "validated", 30),
    row("CCC", "africa", "submitted", 50),
    row("DDD", "africa", "draft", null),
    row("EEE", "africa", "returned", 90),
    row("FFF", "europe", "submitted", 60),
  ];
  const regions = [
    { id: "africa", name: "Africa" },
    { id: "europe", name: "Europe" },
  ];

  it("takes the counted states of each region, lowest score first", () => {
    const [africa, europe] = scoreSpread(rows, regions, "validated");
    expect(africa?.points.map((p) => p.iso3)).toEqual(["BBB", "AAA"]);
    expect(africa?.summary).toMatchObject({ count: 2, min: 30, median: 50, max: 70 });
    expect(europe).toEqual({ region: "europe", name: "Europe", points: [], summary: null });
  });

  it("adds submitted assessments on request, never returned ones", () => {
    const [africa, europe] = scoreSpread(rows, regions, "submitted");
    expect(africa?.points.map((p) => p.overall)).toEqual([30, 50, 70]);
    expect(europe?.summary?.count).toBe(1);
  });

  it("places points at their region's index with a small offset that depends only on the rank", () => {
    const points = stripPoints(scoreSpread(rows, regions, "submitted"));
    expect(points.map((p) => [p.iso3, p.y])).toEqual([
      ["BBB", 30],
      ["CCC", 50],
      ["AAA", 70],
      ["FFF", 60],
    ]);
    for (const p of points) expect(Math.abs(p.x - (p.region === "africa" ? 0 : 1))).toBeLessThanOrEqual(0.24);
    expect(new Set(points.filter((p) => p.region === "africa").map((p) => p.x)).size).toBe(3);
    expect(stripPoints(scoreSpread(rows, regions, "submitted"))).toEqual(points);
  });
});
