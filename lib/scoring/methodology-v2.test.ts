import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { FRAMEWORK_V2 } from "../framework";
import { gapRows } from "../results/gap-rows";
import { formatScore, listGaps, scoreAssessment } from ".";

/** The worked example on version 2 of docs/methodology.md, which a reader recomputes by hand. */
const EV = ["https://example.gov/evidence"];
const ANSWERS = [
  { questionId: "LEG-CYB-01", value: "some", evidence: EV },
  { questionId: "TEC-CIRT-01", value: "in-force", evidence: [] },
  { questionId: "ORG-STR-01", value: "in-force", evidence: EV },
  { questionId: "CAP-EMT-01", value: "under-way", evidence: EV },
  { questionId: "COP-INT-01", value: "member", evidence: EV },
];
const doc = readFileSync(new URL("../../docs/methodology.md", import.meta.url), "utf8");

describe("worked example on version 2 (docs/methodology.md)", () => {
  const result = scoreAssessment(FRAMEWORK_V2, ANSWERS);

  it("has the points, pillar scores and overall score the document computes by hand", () => {
    const points = Object.fromEntries(FRAMEWORK_V2.questions.map((q) => [q.id, q.points!]));
    expect(points["LEG-CYB-01"]).toBeCloseTo(2, 12);
    expect(points["TEC-CIRT-01"]).toBeCloseTo(20 / 11, 12);
    expect(points["ORG-STR-01"]).toBeCloseTo(2.4, 12);
    expect(points["CAP-EMT-01"]).toBeCloseTo(20 / 23, 12);
    expect(points["COP-INT-01"]).toBeCloseTo(40 / 23, 12);
    expect(result.pillars).toMatchObject({ legal: 5, organizational: 12 });
    expect(result.pillars.technical).toBeCloseTo(150 / 33, 9);
    expect(result.pillars.capacity).toBeCloseTo(50 / 23, 9);
    expect(result.pillars.cooperation).toBeCloseTo(200 / 23, 9);
    expect(result.overall).toBeCloseTo(1 + 10 / 11 + 2.4 + 10 / 23 + 40 / 23, 9);
    expect(formatScore(result.overall)).toBe("6.48");
    expect(result.tier).toEqual({ level: 5, name: "Building" });
    expect(doc).toContain('shown **"6.48"**, Tier 5 (Building)');
  });

  it("has TEC-CIRT-01 as an evidence-only gap worth 0.9090… points, titled 'Add the evidence'", () => {
    const rows = gapRows(FRAMEWORK_V2, ANSWERS, listGaps(FRAMEWORK_V2, ANSWERS));
    const cirt = rows.find((r) => r.questionId === "TEC-CIRT-01")!;
    expect(cirt.shortfall).toBeCloseTo(10 / 11, 9);
    expect(cirt.evidenceOnly).toBe(true);
    expect(cirt.action.startsWith("Add the evidence: ")).toBe(true);
    const law = rows.find((r) => r.questionId === "LEG-CYB-01")!;
    expect(law.shortfall).toBeCloseTo(1, 9);
    expect(law.evidenceOnly).toBe(false);
  });
});
