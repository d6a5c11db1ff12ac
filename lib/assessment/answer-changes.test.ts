import { describe, expect, it } from "vitest";
import { addedEvidenceLinks, applyAnswerPatch } from "./answer-changes";

const current = [{ questionId: "A", value: "yes", evidence: ["https://a.example"], note: "kept" }];

describe("applyAnswerPatch", () => {
  it("keeps the evidence and note a patch omits, and records only fields that changed", () => {
    const { written, changes, all } = applyAnswerPatch(current, [{ questionId: "A", value: "no" }]);
    expect(written).toEqual([{ questionId: "A", value: "no", evidence: ["https://a.example"], note: "kept" }]);
    expect(changes).toEqual([{ questionId: "A", field: "value", from: "yes", to: "no" }]);
    expect(all).toHaveLength(1);
  });

  it("starts a new answer from empty and records each field it sets", () => {
    const { changes, all } = applyAnswerPatch(current, [
      { questionId: "B", value: "partial", evidence: ["https://b.example"], note: "new" },
    ]);
    expect(changes.map((c) => c.field)).toEqual(["value", "evidence", "note"]);
    expect(all.map((a) => a.questionId)).toEqual(["A", "B"]);
  });

  it("records nothing for a patch that repeats what is stored", () => {
    expect(applyAnswerPatch(current, [{ ...current[0]! }]).changes).toEqual([]);
  });

  it("treats a reordered evidence list as a change (the order is what the state gave)", () => {
    const two = [{ questionId: "A", value: "yes", evidence: ["https://1.example", "https://2.example"], note: "" }];
    const { changes } = applyAnswerPatch(two, [
      { questionId: "A", value: "yes", evidence: ["https://2.example", "https://1.example"] },
    ]);
    expect(changes).toEqual([
      { questionId: "A", field: "evidence", from: two[0]!.evidence, to: ["https://2.example", "https://1.example"] },
    ]);
  });
});

describe("addedEvidenceLinks", () => {
  it("lists only the links a change adds, once each", () => {
    const stored = [
      { questionId: "Q1", value: "yes", evidence: ["https://a.example/law"], note: "" },
      { questionId: "Q2", value: "no", evidence: ["https://b.example/plan"], note: "" },
    ];
    const { changes } = applyAnswerPatch(stored, [
      { questionId: "Q1", value: "yes", evidence: ["https://a.example/law", "https://c.example/decree"] },
      { questionId: "Q2", value: "yes", evidence: [] },
      { questionId: "Q3", value: "no", evidence: ["https://c.example/decree"] },
    ]);
    expect(addedEvidenceLinks(changes)).toEqual(["https://c.example/decree"]);
  });

  it("finds nothing in a change of value or note that repeats the links", () => {
    const stored = [{ questionId: "Q1", value: "yes", evidence: ["https://a.example/law"], note: "" }];
    const { changes } = applyAnswerPatch(stored, [
      { questionId: "Q1", value: "no", evidence: ["https://a.example/law"], note: "Amended" },
    ]);
    expect(addedEvidenceLinks(changes)).toEqual([]);
  });
});
