import { describe, expect, it } from "vitest";
import type { RegionFigures } from "./averages";
import { regionalAverageSeries, statusCountsByRegion, tierCountSeries } from "./regional-series";

const regions = [
  { id: "africa", name: "Africa" },
  { id: "europe", name: "Europe" },
];
const figures: RegionFigures[] = [
  {
    region: "africa",
    states: 44,
    counted: 2,
    overall: 40,
    pillars: { legal: 30, technical: 50 },
    outcomes: { "D.3-1": 35 },
    tiers: { "1": 0, "2": 0, "3": 1, "4": 1, "5": 0 },
  },
  { region: "europe", states: 46, counted: 0, overall: null, pillars: null, outcomes: null, tiers: null },
];

describe("regional average series", () => {
  it("has a row per pillar with each region's average, null for a region without counted states", () => {
    const pillars = [
      { id: "legal", name: "Legal" },
      { id: "technical", name: "Technical" },
    ];
    expect(regionalAverageSeries(figures, regions, pillars, "pillars")).toEqual([
      { id: "legal", label: "Legal", values: { africa: 30, europe: null } },
      { id: "technical", label: "Technical", values: { africa: 50, europe: null } },
    ]);
  });

  it("reads outcomes the same way, and a region missing from the figures is null too", () => {
    const withCis = [...regions, { id: "cis", name: "CIS" }];
    expect(regionalAverageSeries(figures, withCis, [{ id: "D.3-1", name: "Policies" }], "outcomes")).toEqual([
      { id: "D.3-1", label: "Policies", values: { africa: 35, europe: null, cis: null } },
    ]);
  });
});

describe("tier counts", () => {
  it("has a row per region with the number of counted states per tier level, zeros where none are counted", () => {
    expect(tierCountSeries(figures, regions, [1, 2, 3, 4, 5])).toEqual([
      { id: "africa", label: "Africa", values: { "1": 0, "2": 0, "3": 1, "4": 1, "5": 0 } },
      { id: "europe", label: "Europe", values: { "1": 0, "2": 0, "3": 0, "4": 0, "5": 0 } },
    ]);
  });
});

describe("status counts by region", () => {
  it("counts each status per region and in total", () => {
    const { regions: rows, total } = statusCountsByRegion(
      [
        { region: "africa", status: "validated" },
        { region: "africa", status: "validated" },
        { region: "africa", status: "draft" },
        { region: "europe", status: "submitted" },
        { region: "europe", status: "not_started" },
      ],
      regions,
    );
    expect(rows[0]).toEqual({
      region: "africa",
      name: "Africa",
      counts: { not_started: 0, draft: 1, submitted: 0, returned: 0, validated: 2 },
      total: 3,
    });
    expect(rows[1]?.counts).toMatchObject({ submitted: 1, not_started: 1 });
    expect(total).toEqual({
      region: "all",
      name: "All regions",
      counts: { not_started: 1, draft: 1, submitted: 1, returned: 0, validated: 2 },
      total: 5,
    });
  });

  it("keeps every region, even one without states, and the regions' totals add up to the total", () => {
    const result = statusCountsByRegion([{ region: "africa", status: "returned" }], regions);
    expect(result.regions.map((r) => r.total)).toEqual([1, 0]);
    expect(result.regions.reduce((n, r) => n + r.total, 0)).toBe(result.total.total);
  });
});
