import { describe, expect, it } from "vitest";
import { CURRENT_FRAMEWORK, RES45_BA2017_V1, RES45_BA2017_V2, comparableAnswers } from "../framework";
import { listGaps, questionCredit } from "../scoring";
import { generateDemoAnswers } from "./generate";
import { generateDemoPlan } from "./plans";

const F = CURRENT_FRAMEWORK;

describe("generateDemoPlan", () => {
  const before = generateDemoAnswers(F, "KEN", 2025);
  const after = generateDemoAnswers(F, "KEN", 2026);

  it("is the same on every run and plans actions on the largest gaps only", () => {
    const plan = generateDemoPlan(F, "KEN", 2025, before, after);
    expect(generateDemoPlan(F, "KEN", 2025, before, after)).toEqual(plan);
    expect(plan.length).toBeGreaterThanOrEqual(2);
    const top = new Set(
      listGaps(F, before)
        .slice(0, 10)
        .map((g) => g.questionId),
    );
    for (const a of plan) {
      expect(top.has(a.questionId)).toBe(true);
      expect(a.createdCycle).toBe(2025);
      expect(a.title.length).toBeGreaterThan(3);
    }
  });

  it("marks done exactly the actions whose question improved by the next cycle", () => {
    const credit = (answers: typeof before, id: string) =>
      questionCredit(
        F.questions.find((q) => q.id === id)!,
        answers.find((a) => a.questionId === id),
      );
    for (const iso3 of ["KEN", "BRA", "IND", "EST"]) {
      const b = generateDemoAnswers(F, iso3, 2025);
      const a = generateDemoAnswers(F, iso3, 2026);
      for (const action of generateDemoPlan(F, iso3, 2025, b, a)) {
        expect(action.status === "done").toBe(credit(a, action.questionId) > credit(b, action.questionId));
      }
    }
  });

  it("counts a question improved across the version change only where the crosswalk carries the earlier answer", () => {
    const v1Before = generateDemoAnswers(RES45_BA2017_V1, "BRA", 2025);
    const v2After = generateDemoAnswers(RES45_BA2017_V2, "BRA", 2026);
    const earlier = comparableAnswers(RES45_BA2017_V2, RES45_BA2017_V1.id, v1Before);
    const plan = generateDemoPlan(RES45_BA2017_V1, "BRA", 2025, v1Before, v2After, { afterFramework: RES45_BA2017_V2 });
    expect(plan.length).toBeGreaterThanOrEqual(2);
    for (const action of plan) {
      const q = RES45_BA2017_V2.questions.find((x) => x.id === action.questionId)!;
      const now = questionCredit(
        q,
        v2After.find((a) => a.questionId === q.id),
      );
      const then = earlier.answers.find((a) => a.questionId === q.id);
      expect(action.status === "done").toBe(then !== undefined && now > questionCredit(q, then));
    }
  });
});
