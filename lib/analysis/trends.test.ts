import { describe, expect, it } from "vitest";
import type { RegionFigures } from "./averages";
import { regionTrend, stateTrend, trendChange, trendDomain, versionChanges } from "./trends";

const figures = (overall: number | null, counted: number): RegionFigures[] => [
  {
    region: "africa",
    states: 44,
    counted,
    overall,
    pillars: overall === null ? null : { legal: overall - 5, technical: overall + 5 },
    outcomes: null,
    tiers: null,
  },
];

describe("a region's trend", () => {
  it("has one point per cycle, oldest first, with the overall and pillar averages and the count", () => {
    const trend = regionTrend(
      [
        { cycle: 2026, figures: figures(60, 10) },
        { cycle: 2024, figures: figures(50, 40) },
        { cycle: 2025, figures: figures(null, 0) },
      ],
      "africa",
      ["legal", "technical"],
    );
    expect(trend).toEqual([
      { cycle: 2024, counted: 40, values: { overall: 50, legal: 45, technical: 55 } },
      { cycle: 2025, counted: 0, values: { overall: null, legal: null, technical: null } },
      { cycle: 2026, counted: 10, values: { overall: 60, legal: 55, technical: 65 } },
    ]);
  });

  it("has empty points for a region the figures do not list", () => {
    expect(regionTrend([{ cycle: 2024, figures: figures(50, 40) }], "europe", ["legal"])).toEqual([
      { cycle: 2024, counted: 0, values: { overall: null, legal: null } },
    ]);
  });
});

describe("a state's trend", () => {
  const history = [
    { cycle: 2026, status: "submitted" as const, overall: 70, pillars: { legal: 60 } },
    { cycle: 2024, status: "validated" as const, overall: 50, pillars: { legal: 40 } },
    { cycle: 2025, status: "draft" as const, overall: null, pillars: null },
  ];

  it("shows validated cycles and leaves the others as gaps, with their status", () => {
    expect(stateTrend(history, ["legal"], "validated")).toEqual([
      { cycle: 2024, status: "validated", values: { overall: 50, legal: 40 } },
      { cycle: 2025, status: "draft", values: { overall: null, legal: null } },
      { cycle: 2026, status: "submitted", values: { overall: null, legal: null } },
    ]);
  });

  it("adds submitted cycles on request", () => {
    expect(stateTrend(history, ["legal"], "submitted")[2]?.values).toEqual({ overall: 70, legal: 60 });
  });

  it("measures the change between the first and the last value, skipping gaps", () => {
    const points = stateTrend(history, ["legal"], "submitted");
    expect(trendChange(points, "overall")).toBe(20);
    expect(trendChange(points, "legal")).toBe(20);
    expect(trendChange(stateTrend(history, ["legal"], "validated"), "overall")).toBeNull();
    expect(trendChange([], "overall")).toBeNull();
  });
});

describe("the trend chart's score axis", () => {
  const point = (values: Record<string, number | null>) => ({ cycle: 2024, values });

  it("spans the values with a margin, rounded out to tens", () => {
    expect(trendDomain([point({ overall: 44.2, legal: 41 }), point({ overall: 47.9, legal: null })])).toEqual([30, 60]);
    expect(trendDomain([point({ overall: 50 })])).toEqual([40, 60]);
  });

  it("stays within 0 to 100, and is 0 to 100 without values", () => {
    expect(trendDomain([point({ overall: 2, legal: 99 })])).toEqual([0, 100]);
    expect(trendDomain([point({ overall: null })])).toEqual([0, 100]);
    expect(trendDomain([])).toEqual([0, 100]);
  });
});

describe("the questionnaire version change on a trend", () => {
  it("marks each cycle whose version differs from the cycle before, whatever the input order", () => {
    const cycles = [
      { cycle: 2026, frameworkId: "v2" },
      { cycle: 2024, frameworkId: "v1" },
      { cycle: 2025, frameworkId: "v1" },
      { cycle: 2027, frameworkId: "v2" },
    ];
    expect(versionChanges(cycles)).toEqual([{ cycle: 2026, frameworkId: "v2" }]);
    expect(versionChanges(cycles.filter((c) => c.frameworkId === "v1"))).toEqual([]);
    expect(versionChanges([])).toEqual([]);
  });
});
