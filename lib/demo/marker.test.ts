import { describe, expect, it } from "vitest";
import { DEMO_CSV_COMMENT, markDemoCsv, markDemoRecord } from "./marker";

describe("demo markers of exports", () => {
  it("puts the comment line first in a demo CSV and leaves a real one as it is", () => {
    const csv = "iso3,overall\r\nBRA,50\r\n";
    expect(markDemoCsv(csv, true).split("\r\n")).toEqual([DEMO_CSV_COMMENT, "iso3,overall", "BRA,50", ""]);
    expect(markDemoCsv(csv, false)).toBe(csv);
    expect(DEMO_CSV_COMMENT.startsWith("# ")).toBe(true);
  });

  it("adds demo: true to a demo record and no key to a real one", () => {
    expect(markDemoRecord({ iso3: "BRA" }, true)).toEqual({ iso3: "BRA", demo: true });
    expect(markDemoRecord({ iso3: "BRA" }, false)).toEqual({ iso3: "BRA" });
    expect("demo" in markDemoRecord({ iso3: "BRA" }, false)).toBe(false);
  });
});
