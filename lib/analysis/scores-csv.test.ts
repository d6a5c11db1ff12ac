import { describe, expect, it } from "vitest";
import { scoresToCsv } from "./scores-csv";
import { unsharedRecord } from "./testing";

describe("scores CSV", () => {
  it("has a header with a column per pillar and outcome, and one row per state at full precision", () => {
    const csv = scoresToCsv(
      [
        {
          iso3: "CIV",
          name: "Côte d'Ivoire",
          region: "africa",
          status: "validated",
          scoreKind: "validated",
          overall: 61.123456789,
          tier: { level: 3, name: "Establishing" },
          pillars: { legal: 50, technical: 72.25 },
          outcomes: { "D.3-1": 40 },
        },
        unsharedRecord("BRA", "Brazil, Federative Republic of", "americas"),
      ],
      ["legal", "technical"],
      ["D.3-1"],
    );
    expect(csv.split("\r\n")).toEqual([
      "iso3,name,region,status,score_kind,overall,tier_level,tier_name,pillar_legal,pillar_technical,outcome_D.3-1",
      "CIV,Côte d'Ivoire,africa,validated,validated,61.123456789,3,Establishing,50,72.25,40",
      'BRA,"Brazil, Federative Republic of",americas,draft,,,,,,,',
      "",
    ]);
  });
});
