import { describe, expect, it } from "vitest";
import { listGaps } from "../scoring";
import { FIXTURE_FRAMEWORK, WORKED_EXAMPLE_ANSWERS } from "../scoring/fixtures";
import { RES45_BA2017_V1 } from "../framework";
import { gapRows, withoutClosingCitation } from "./gap-rows";

describe("gapRows", () => {
  const rows = gapRows(FIXTURE_FRAMEWORK, WORKED_EXAMPLE_ANSWERS, listGaps(FIXTURE_FRAMEWORK, WORKED_EXAMPLE_ANSWERS));

  it("keeps the engine's ranking and numbers the rows from 1", () => {
    expect(rows.map((r) => [r.rank, r.questionId])).toEqual([
      [1, "CAP-02"],
      [2, "ORG-02"],
      [3, "COO-01"],
      [4, "CAP-01"],
      [5, "TEC-01"],
      [6, "ORG-01"],
      [7, "LEG-02"],
      [8, "TEC-02"],
    ]);
    expect(rows[2]!.shortfall).toBeCloseTo(9.333333333, 8);
  });

  it("names the pillar, the outcome, the answer given and the best answer", () => {
    expect(rows[0]).toMatchObject({
      questionText: "Fixture question CAP-02",
      pillarName: "Capacity development",
      outcomeId: "D.3-1",
      outcomeName: "Outcome 1",
      currentAnswer: "No",
      currentCredit: 0,
      bestAnswer: "Yes",
      bestCredit: 1,
      evidenceMissing: true,
      action: "Improve CAP-02",
    });
    expect(rows[1]).toMatchObject({ questionId: "ORG-02", currentAnswer: null, bestAnswer: "Mature" });
    expect(rows[4]).toMatchObject({ questionId: "TEC-01", currentAnswer: "Mature", currentCredit: 0.5 });
  });

  it("says to add the evidence where the answer is already the best one and only the evidence is missing", () => {
    // TEC-01: "Mature" is the best option, evidence is required and none is given, so its credit is halved.
    expect(rows[4]).toMatchObject({
      questionId: "TEC-01",
      currentAnswer: "Mature",
      bestAnswer: "Mature",
      evidenceMissing: true,
      evidenceOnly: true,
      action: "Add the evidence: Fixture guidance",
    });
    // CAP-02 lacks evidence too, but its answer is not the best one: the substantive action stays.
    expect(rows[0]).toMatchObject({ questionId: "CAP-02", evidenceMissing: true, evidenceOnly: false });
    expect(rows[0]!.action).toBe("Improve CAP-02");
    expect(rows.filter((r) => r.evidenceOnly).map((r) => r.questionId)).toEqual(["TEC-01"]);
  });

  it("reads the answer the scoring reads: the last usable one", () => {
    const answers = [
      { questionId: "ORG-02", value: "initial", evidence: [] },
      { questionId: "ORG-02", value: "not-an-option", evidence: [] },
    ];
    const [org02] = gapRows(FIXTURE_FRAMEWORK, answers, listGaps(FIXTURE_FRAMEWORK, answers)).filter(
      (r) => r.questionId === "ORG-02",
    );
    expect(org02?.currentAnswer).toBe("Initial");
    const cleared = [...answers, { questionId: "ORG-02", value: null, evidence: [] }];
    const [again] = gapRows(FIXTURE_FRAMEWORK, cleared, listGaps(FIXTURE_FRAMEWORK, cleared)).filter(
      (r) => r.questionId === "ORG-02",
    );
    expect(again?.currentAnswer).toBeNull();
  });

  it("cites the clause of the recommendation in words, or by id when it is not a clause of the resolution", () => {
    expect(rows[0]).toMatchObject({ clauseCitation: "res45-fixture", clauseSummary: "", action: "Improve CAP-02" });
    const real = gapRows(RES45_BA2017_V1, [], listGaps(RES45_BA2017_V1, []));
    expect(real).toHaveLength(RES45_BA2017_V1.questions.length);
    for (const row of real) {
      expect(row.clauseCitation).toMatch(/^Resolution 45, /);
      expect(row.clauseSummary.length).toBeGreaterThan(10);
      expect(row.action).not.toContain(row.clauseCitation);
      expect(row.action).toMatch(/[^.]\.$/);
    }
  });

  it("drops only an action's closing citation of its own clause", () => {
    expect(withoutClosingCitation("Adopt a law (Resolution 45, resolves 1).", "Resolution 45, resolves 1")).toBe(
      "Adopt a law.",
    );
    expect(withoutClosingCitation("Adopt a law (Resolution 45, resolves 2).", "Resolution 45, resolves 1")).toBe(
      "Adopt a law (Resolution 45, resolves 2).",
    );
    expect(withoutClosingCitation("See (Resolution 45, resolves 1) first.", "Resolution 45, resolves 1")).toBe(
      "See (Resolution 45, resolves 1) first.",
    );
    expect(withoutClosingCitation("Adopt a law (x).", undefined)).toBe("Adopt a law (x).");
  });
});
