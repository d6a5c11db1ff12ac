import { describe, expect, it } from "vitest";
import type { PlanAction } from "./actions";
import { summarizeRegionalPlans, summarizeStatePlans } from "./regional";

const TODAY = "2026-11-29";
const row = (
  iso3: string,
  region: string,
  clause: string,
  status: PlanAction["status"] = "planned",
  targetDate = "2027-01-01",
) => ({ iso3, region, clause, status, targetDate });

describe("summarizeRegionalPlans", () => {
  it("ranks each region's clauses by the number of states working on them and counts overdue actions", () => {
    const summary = summarizeRegionalPlans(
      [
        row("KEN", "AFR", "R45-RES-1"),
        row("KEN", "AFR", "R45-RES-1", "in_progress", "2026-01-01"),
        row("NGA", "AFR", "R45-RES-1"),
        row("NGA", "AFR", "R45-RCG-I", "planned", "2025-12-31"),
        row("GHA", "AFR", "R45-RCG-I", "done", "2020-01-01"),
        row("BRA", "AMS", "R45-REC-I", "dropped"),
      ],
      TODAY,
    );
    expect(summary).toEqual([
      {
        region: "AFR",
        states: 3,
        openActions: 4,
        overdueActions: 2,
        clauses: [
          { clause: "R45-RES-1", states: 2, actions: 3, overdue: 1 },
          { clause: "R45-RCG-I", states: 1, actions: 1, overdue: 1 },
        ],
      },
      { region: "AMS", states: 1, openActions: 0, overdueActions: 0, clauses: [] },
    ]);
  });
});

describe("summarizeStatePlans", () => {
  it("counts each state's open, overdue and done actions, most overdue first", () => {
    const named = (r: ReturnType<typeof row>, name: string) => ({ ...r, name });
    expect(
      summarizeStatePlans(
        [
          named(row("KEN", "AFR", "R45-RES-1"), "Kenya"),
          named(row("KEN", "AFR", "R45-RES-1", "done"), "Kenya"),
          named(row("NGA", "AFR", "R45-RES-1", "planned", "2026-01-01"), "Nigeria"),
        ],
        TODAY,
      ),
    ).toEqual([
      { iso3: "NGA", name: "Nigeria", region: "AFR", open: 1, overdue: 1, done: 0 },
      { iso3: "KEN", name: "Kenya", region: "AFR", open: 1, overdue: 0, done: 1 },
    ]);
  });
});
