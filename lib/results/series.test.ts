import { describe, expect, it } from "vitest";
import { comparisonRows } from "./series";

const PILLARS = [
  { id: "legal", name: "Legal" },
  { id: "technical", name: "Technical" },
];

describe("comparisonRows", () => {
  it("gives one row per item, in the items' order, with the three series", () => {
    expect(
      comparisonRows(
        PILLARS,
        { technical: 40, legal: 75.5 },
        { legal: 60, technical: 35 },
        { legal: 50, technical: 45 },
      ),
    ).toEqual([
      { id: "legal", label: "Legal", current: 75.5, previous: 60, region: 50 },
      { id: "technical", label: "Technical", current: 40, previous: 35, region: 45 },
    ]);
  });

  it("marks a missing comparison as null, not 0, and keeps a real 0", () => {
    const rows = comparisonRows(PILLARS, { legal: 0, technical: 10 }, null, { legal: 0 });
    expect(rows).toEqual([
      { id: "legal", label: "Legal", current: 0, previous: null, region: 0 },
      { id: "technical", label: "Technical", current: 10, previous: null, region: null },
    ]);
  });

  it("has no current score (null, not 0) while the assessment has no score yet", () => {
    expect(comparisonRows(PILLARS, null, { legal: 60 }, null)).toEqual([
      { id: "legal", label: "Legal", current: null, previous: 60, region: null },
      { id: "technical", label: "Technical", current: null, previous: null, region: null },
    ]);
  });
});
