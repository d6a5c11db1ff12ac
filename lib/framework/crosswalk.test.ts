import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CROSSWALK_V1_V2, carryV1AnswersToV2, crosswalkEntry } from "./crosswalk";
import { FRAMEWORK_V2, RES45_BA2017_V1, questionById } from "./index";
import type { AnswerInput } from "../scoring/types";

describe("crosswalk v1 → v2", () => {
  it("has one entry per v2 question, in v2 order", () => {
    expect(CROSSWALK_V1_V2.map((e) => e.to)).toEqual(FRAMEWORK_V2.questions.map((q) => q.id));
  });

  it("maps only ids that exist in both versions, and only option values that exist on each side", () => {
    for (const e of CROSSWALK_V1_V2) {
      const to = questionById(FRAMEWORK_V2, e.to)!;
      expect(to, e.to).toBeDefined();
      if (e.from === null) {
        expect(e.values, e.to).toEqual({});
        continue;
      }
      const from = questionById(RES45_BA2017_V1, e.from);
      expect(from, e.to).toBeDefined();
      // Every v1 option has an explicit mapping (a value or null), and nothing else is mapped.
      expect(Object.keys(e.values).sort(), e.to).toEqual(from!.options.map((o) => o.value).sort());
      for (const v of Object.values(e.values))
        if (v !== null)
          expect(
            to.options.map((o) => o.value),
            e.to,
          ).toContain(v);
    }
  });

  it("continues most v1 questions and leaves the new ones unmapped", () => {
    const mapped = CROSSWALK_V1_V2.filter((e) => e.from !== null);
    expect(mapped.length).toBe(82);
    const continuedV1 = new Set(mapped.map((e) => e.from));
    expect(RES45_BA2017_V1.questions.filter((q) => !continuedV1.has(q.id)).map((q) => q.id)).toEqual([]);
    expect(crosswalkEntry("TEC-CIRT-09")?.from).toBeNull();
    expect(crosswalkEntry("COP-INT-09")?.from).toBe("COP-INT-01");
  });

  it("carries value, evidence and note where the option set maps, and lists what is left to answer", () => {
    const v1: AnswerInput[] = [
      { questionId: "ORG-STR-01", value: "adopted", evidence: ["https://gov.example/strategy"], note: "2023" },
      { questionId: "TEC-CIRT-05", value: "older", evidence: [] },
      { questionId: "LEG-CYB-01", value: "yes", evidence: ["https://gov.example/law"], note: "Act 12" },
    ];
    const { answers, toAnswer, carried } = carryV1AnswersToV2(v1);
    expect(answers.find((a) => a.questionId === "ORG-STR-01")).toEqual({
      questionId: "ORG-STR-01",
      value: "in-force",
      evidence: ["https://gov.example/strategy"],
      note: "2023",
    });
    expect(answers.find((a) => a.questionId === "TEC-CIRT-05")?.value).toBe("earlier");
    // LEG-CYB-01's v1 "yes" does not say which offences: evidence and note stay, the value is to answer.
    expect(answers.find((a) => a.questionId === "LEG-CYB-01")).toMatchObject({ value: null, note: "Act 12" });
    expect(toAnswer).toContain("LEG-CYB-01");
    expect(toAnswer).toContain("TEC-CIRT-09");
    expect(carried.sort()).toEqual(["ORG-STR-01", "TEC-CIRT-05"]);
    expect(toAnswer.length + carried.length).toBe(FRAMEWORK_V2.questions.length);
  });

  it("carries only valid v2 option values, whatever the v1 answers (property)", () => {
    const v1Answer = fc
      .record({ i: fc.nat({ max: RES45_BA2017_V1.questions.length - 1 }), o: fc.nat({ max: 4 }), ev: fc.boolean() })
      .map(({ i, o, ev }): AnswerInput => {
        const q = RES45_BA2017_V1.questions[i]!;
        const option = q.options[o];
        return { questionId: q.id, value: option ? option.value : null, evidence: ev ? ["https://e.example"] : [] };
      });
    fc.assert(
      fc.property(fc.array(v1Answer, { maxLength: 80 }), (v1) => {
        const before = structuredClone(v1);
        const { answers, toAnswer, carried } = carryV1AnswersToV2(v1);
        expect(v1).toEqual(before);
        for (const a of answers) {
          const q = questionById(FRAMEWORK_V2, a.questionId)!;
          if (a.value !== null) expect(q.options.map((o) => o.value)).toContain(a.value);
        }
        expect(new Set([...toAnswer, ...carried]).size).toBe(FRAMEWORK_V2.questions.length);
      }),
      { numRuns: 200 },
    );
  });
});
