import { describe, expect, it } from "vitest";
import { CROSSWALK_V1_V2 } from "../framework/crosswalk";
import { RES45_BA2017_V1, RES45_BA2017_V2 } from "../framework";
import { applyAnswerPatch } from "./answer-changes";
import { carryOverNotice, planCarryOver } from "./carry-over";
import type { AssessmentAnswer } from "./view";

const v1Answers: AssessmentAnswer[] = [
  { questionId: "ORG-STR-01", value: "adopted", evidence: ["https://gov.example/strategy"], note: "2023" },
  { questionId: "LEG-CYB-01", value: "yes", evidence: ["https://gov.example/law"], note: "Act 12" },
  { questionId: "CAP-AWR-01", value: "no", evidence: [], note: "" },
  { questionId: "TEC-CIRT-02", value: null, evidence: [], note: "" },
];

describe("planCarryOver", () => {
  it("writes every mapped answer with its evidence and note, and clears what no longer answers its question", () => {
    const plan = planCarryOver(RES45_BA2017_V1, RES45_BA2017_V2, v1Answers)!;
    const { all } = applyAnswerPatch(v1Answers, plan.patch);
    const byId = Object.fromEntries(all.map((a) => [a.questionId, a]));
    expect(byId["ORG-STR-01"]).toEqual({
      questionId: "ORG-STR-01",
      value: "in-force",
      evidence: ["https://gov.example/strategy"],
      note: "2023",
    });
    // v1 "yes" does not say which offences: the value is left to answer, evidence and note stay.
    expect(byId["LEG-CYB-01"]).toEqual({
      questionId: "LEG-CYB-01",
      value: null,
      evidence: ["https://gov.example/law"],
      note: "Act 12",
    });
    expect(byId["CAP-AWR-01"]?.value).toBe("never");
    // TEC-CIRT-08 continues v1's TEC-CIRT-01, which was not answered: nothing to write.
    expect(plan.patch.map((p) => p.questionId)).not.toContain("TEC-CIRT-08");
    // Every value written is an option of its v2 question.
    for (const a of all.filter((x) => x.value !== null)) {
      const q = RES45_BA2017_V2.questions.find((x) => x.id === a.questionId)!;
      expect(q.options.map((o) => o.value)).toContain(a.value);
    }
    expect(plan.dropped).toEqual([]);
  });

  it("drops stored answers to questions the new version does not have, and needs a crosswalk", () => {
    const plan = planCarryOver(RES45_BA2017_V1, RES45_BA2017_V2, [
      { questionId: "OLD-GONE-01", value: "yes", evidence: [], note: "" },
    ]);
    expect(plan?.dropped).toEqual(["OLD-GONE-01"]);
    expect(planCarryOver(RES45_BA2017_V2, RES45_BA2017_V1, v1Answers)).toBeUndefined();
    expect(planCarryOver(RES45_BA2017_V2, RES45_BA2017_V2, v1Answers)).toBeUndefined();
  });
});

describe("carryOverNotice", () => {
  it("lists the new questions not answered yet and the continued ones left without a value", () => {
    const plan = planCarryOver(RES45_BA2017_V1, RES45_BA2017_V2, v1Answers)!;
    const { all } = applyAnswerPatch(v1Answers, plan.patch);
    const fresh = CROSSWALK_V1_V2.filter((e) => e.from === null).map((e) => e.to);
    const notice = carryOverNotice(RES45_BA2017_V1.id, RES45_BA2017_V2, "2026-03-01T00:00:00.000Z", all);
    expect(notice.newQuestions).toEqual(fresh);
    expect(notice.toReanswer).toEqual(["LEG-CYB-01"]);
    // Answering a listed question takes it off the list.
    const answered = applyAnswerPatch(all, [
      { questionId: fresh[0]!, value: RES45_BA2017_V2.questions.find((q) => q.id === fresh[0])!.options[0]!.value },
      { questionId: "LEG-CYB-01", value: "all" },
    ]).all;
    const later = carryOverNotice(RES45_BA2017_V1.id, RES45_BA2017_V2, notice.at, answered);
    expect(later.newQuestions).toEqual(fresh.slice(1));
    expect(later.toReanswer).toEqual([]);
  });
});
