import { describe, expect, it } from "vitest";
import { CURRENT_FRAMEWORK, FRAMEWORKS, RES45_BA2017_V1, RES45_BA2017_V2, questionPoints } from "../framework";
import { frameworkVersionRows, sideBySide } from "./framework-versions";

/** The row of a published version that no assessment uses and that is not current. */
const row = (f: (typeof FRAMEWORKS)[number]) => ({
  id: f.id,
  version: f.version,
  title: f.title,
  questions: f.questions.length,
  current: false,
  assessments: 0,
  cycles: [],
  unknown: false,
});

describe("questionnaire versions panel", () => {
  it("lists every published version with its questions, whether it is current and its assessments", () => {
    const rows = frameworkVersionRows(FRAMEWORKS, CURRENT_FRAMEWORK.id, { [CURRENT_FRAMEWORK.id]: 412 });
    expect(rows).toEqual([
      ...FRAMEWORKS.filter(
        (f) => f.id !== CURRENT_FRAMEWORK.id && FRAMEWORKS.indexOf(f) < FRAMEWORKS.indexOf(CURRENT_FRAMEWORK),
      ).map(row),
      {
        id: CURRENT_FRAMEWORK.id,
        version: CURRENT_FRAMEWORK.version,
        title: CURRENT_FRAMEWORK.title,
        questions: CURRENT_FRAMEWORK.questions.length,
        current: true,
        assessments: 412,
        cycles: [],
        unknown: false,
      },
      ...FRAMEWORKS.filter((f) => FRAMEWORKS.indexOf(f) > FRAMEWORKS.indexOf(CURRENT_FRAMEWORK)).map(row),
    ]);
  });

  it("counts zero for a version no assessment uses, and flags ids that lib/framework does not know", () => {
    const rows = frameworkVersionRows(FRAMEWORKS, CURRENT_FRAMEWORK.id, { "res45-retired-v0": 3, "res45-gone": 0 });
    expect(rows[0]?.assessments).toBe(0);
    expect(rows.slice(FRAMEWORKS.length)).toEqual([
      {
        id: "res45-retired-v0",
        version: "?",
        title: "Not in lib/framework",
        questions: 0,
        current: false,
        assessments: 3,
        cycles: [],
        unknown: true,
      },
    ]);
  });
});

describe("both versions side by side", () => {
  it("lists the cycles read with each version, newest first", () => {
    const rows = frameworkVersionRows(FRAMEWORKS, CURRENT_FRAMEWORK.id, {}, [
      { cycle: 2024, frameworkId: RES45_BA2017_V1.id },
      { cycle: 2026, frameworkId: RES45_BA2017_V2.id },
      { cycle: 2025, frameworkId: RES45_BA2017_V1.id },
    ]);
    expect(rows.map((r) => [r.id, r.cycles])).toEqual([
      [RES45_BA2017_V1.id, [2025, 2024]],
      [RES45_BA2017_V2.id, [2026]],
    ]);
  });

  it("puts each v2 question beside the v1 question it continues, with each version's points", () => {
    const rows = sideBySide(RES45_BA2017_V1, RES45_BA2017_V2)!;
    expect(rows.map((r) => r.to?.id)).toEqual(RES45_BA2017_V2.questions.map((q) => q.id));
    const cirt = rows.find((r) => r.to?.id === "TEC-CIRT-08")!;
    const v1Cirt = RES45_BA2017_V1.questions.find((q) => q.id === "TEC-CIRT-01")!;
    expect(cirt.from).toEqual({ id: "TEC-CIRT-01", points: questionPoints(RES45_BA2017_V1, v1Cirt) });
    expect(rows.find((r) => r.to?.id === "TEC-CIRT-09")!.from).toBeNull();
    // Each side's points add up to 100 over its own questions.
    const total = (side: "to" | "from") =>
      [...new Map(rows.flatMap((r) => (r[side] ? [[r[side]!.id, r[side]!.points]] : []))).values()].reduce(
        (a, b) => a + b,
        0,
      );
    expect(total("to")).toBeCloseTo(100, 9);
    expect(total("from")).toBeCloseTo(100, 9);
    expect(sideBySide(RES45_BA2017_V2, RES45_BA2017_V1)).toBeUndefined();
  });
});
