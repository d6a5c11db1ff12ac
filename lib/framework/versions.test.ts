import { describe, expect, it } from "vitest";
import { CROSSWALK_V1_V2 } from "./crosswalk";
import { FRAMEWORKS, RES45_BA2017_V1, RES45_BA2017_V2 } from "./index";
import { comparableAnswers, countByFramework, crosswalkBetween, dominantFrameworkId } from "./versions";

const ORDER = FRAMEWORKS.map((f) => f.id);
const V1 = RES45_BA2017_V1.id;
const V2 = RES45_BA2017_V2.id;

describe("dominantFrameworkId", () => {
  it("gives the version most assessments used, the later one on a tie, and the fallback for none", () => {
    const rows = (...ids: string[]) => countByFramework(ids.map((frameworkId) => ({ frameworkId })));
    expect(dominantFrameworkId(rows(V1, V1, V2), ORDER, V2)).toBe(V1);
    expect(dominantFrameworkId(rows(V1, V2), ORDER, V1)).toBe(V2);
    expect(dominantFrameworkId(rows(V2, V1), ORDER, V1)).toBe(V2);
    expect(dominantFrameworkId({ [V1]: 0 }, ORDER, V2)).toBe(V2);
    expect(dominantFrameworkId({}, ORDER, V1)).toBe(V1);
  });
});

describe("crosswalkBetween", () => {
  it("knows v1 → v2 only", () => {
    expect(crosswalkBetween(V1, V2)).toBe(CROSSWALK_V1_V2);
    expect(crosswalkBetween(V2, V1)).toBeUndefined();
    expect(crosswalkBetween(V1, "res45-unknown")).toBeUndefined();
  });
});

describe("comparableAnswers", () => {
  const v1 = [
    { questionId: "ORG-STR-01", value: "adopted", evidence: ["https://gov.example/s"] },
    { questionId: "LEG-CYB-01", value: "yes", evidence: ["https://gov.example/law"] },
    { questionId: "CAP-AWR-01", value: "older", evidence: [] },
  ];

  it("compares every question of one version", () => {
    const same = comparableAnswers(RES45_BA2017_V1, V1, v1);
    expect(same.answers).toEqual(v1);
    expect(same.questionIds.size).toBe(RES45_BA2017_V1.questions.length);
  });

  it("compares across versions only the questions whose value the crosswalk carries", () => {
    const across = comparableAnswers(RES45_BA2017_V2, V1, v1);
    expect(across.answers.map((a) => [a.questionId, a.value])).toEqual([
      ["ORG-STR-01", "in-force"],
      ["CAP-AWR-01", "earlier"],
    ]);
    // LEG-CYB-01's v1 "yes" does not decide the v2 option; TEC-CIRT-09 is new in v2.
    expect([...across.questionIds].sort()).toEqual(["CAP-AWR-01", "ORG-STR-01"]);
  });

  it("compares nothing without a crosswalk", () => {
    const back = comparableAnswers(RES45_BA2017_V1, V2, [
      { questionId: "ORG-STR-01", value: "in-force", evidence: [] },
    ]);
    expect(back.answers).toEqual([]);
    expect(back.questionIds.size).toBe(0);
  });
});
