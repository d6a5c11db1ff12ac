import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FIXTURE_FRAMEWORK, WORKED_EXAMPLE_ANSWERS } from "../scoring/fixtures";
import { listGaps, scoreAssessment, whatIf } from "../scoring";
import { action } from "./actions.test";
import { actionEffects, projectPlan } from "./projection";
import { ACTION_STATUSES } from "./plan.validation";

const F = FIXTURE_FRAMEWORK;

describe("projectPlan", () => {
  it("scores the answers with exactly the open actions' questions closed", () => {
    const actions = [
      action({ questionId: "CAP-02", status: "planned" }),
      action({ questionId: "ORG-02", status: "in_progress" }),
      action({ questionId: "TEC-02", status: "done" }),
      action({ questionId: "COO-01", status: "dropped" }),
      action({ questionId: "CAP-02", status: "planned" }),
    ];
    const projection = projectPlan(F, WORKED_EXAMPLE_ANSWERS, actions);
    expect(projection.questionIds).toEqual(["CAP-02", "ORG-02"]);
    expect(projection.after).toEqual(whatIf(F, WORKED_EXAMPLE_ANSWERS, ["CAP-02", "ORG-02"]).after);
    expect(projection.before).toEqual(scoreAssessment(F, WORKED_EXAMPLE_ANSWERS));
  });

  it("adds exactly the shortfalls of the targeted gaps (the overall score is linear in the credits)", () => {
    const gaps = listGaps(F, WORKED_EXAMPLE_ANSWERS);
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ gap: fc.integer({ min: 0, max: gaps.length - 1 }), status: fc.constantFrom(...ACTION_STATUSES) }),
        ),
        (picks) => {
          const actions = picks.map((p) => action({ questionId: gaps[p.gap]!.questionId, status: p.status }));
          const open = new Set(
            actions.filter((a) => a.status === "planned" || a.status === "in_progress").map((a) => a.questionId),
          );
          const expected = gaps.filter((g) => open.has(g.questionId)).reduce((sum, g) => sum + g.shortfall, 0);
          const { before, after } = projectPlan(F, WORKED_EXAMPLE_ANSWERS, actions);
          expect(after.overall - before.overall).toBeCloseTo(expected, 9);
        },
      ),
    );
  });

  it("ignores questions the framework does not have", () => {
    const projection = projectPlan(F, WORKED_EXAMPLE_ANSWERS, [action({ questionId: "GONE-01" })]);
    expect(projection.questionIds).toEqual([]);
    expect(projection.after).toEqual(projection.before);
  });
});

describe("actionEffects", () => {
  const previous = WORKED_EXAMPLE_ANSWERS;
  // CAP-02 went from "no" to "yes" with evidence; TEC-02 stayed "partial"; ORG-02 was answered "mature".
  const current = [
    ...WORKED_EXAMPLE_ANSWERS.filter((a) => a.questionId !== "CAP-02"),
    { questionId: "CAP-02", value: "yes", evidence: ["https://example.gov/law"] },
    { questionId: "ORG-02", value: "mature", evidence: [] },
  ];

  it("credits each earlier action with its own question's change of the overall score", () => {
    const effects = actionEffects(F, 2027, current, previous, [
      action({ id: "cap", questionId: "CAP-02", createdCycle: 2026, status: "done" }),
      action({ id: "tec", questionId: "TEC-02", createdCycle: 2026 }),
      action({ id: "org", questionId: "ORG-02", createdCycle: 2025, status: "in_progress" }),
      action({ id: "new", questionId: "COO-01", createdCycle: 2027 }),
    ]);
    expect(effects.map((e) => e.action.id).sort()).toEqual(["cap", "org", "tec"]);
    expect(effects.map((e) => e.points)).toEqual([...effects.map((e) => e.points)].sort((a, b) => b - a));
    const gapsBefore = new Map(listGaps(F, previous).map((g) => [g.questionId, g.shortfall]));
    // Both questions reached their best answer, so each moved the score by its whole earlier shortfall.
    expect(effects.find((e) => e.action.id === "cap")!.points).toBeCloseTo(gapsBefore.get("CAP-02")!, 9);
    expect(effects.find((e) => e.action.id === "org")!.points).toBeCloseTo(gapsBefore.get("ORG-02")!, 9);
    expect(effects.find((e) => e.action.id === "tec")!.points).toBe(0);
    expect(effects.find((e) => e.action.id === "cap")!.closed).toBe(true);
    expect(effects.find((e) => e.action.id === "tec")!.closed).toBe(false);
  });

  it("reports a fall as a negative effect", () => {
    const worse = [
      ...previous.filter((a) => a.questionId !== "COO-02"),
      { questionId: "COO-02", value: "no", evidence: [] },
    ];
    const [effect] = actionEffects(F, 2027, worse, previous, [action({ questionId: "COO-02", createdCycle: 2026 })]);
    expect(effect!.points).toBeLessThan(0);
  });

  it("leaves out an action whose question does not compare with the earlier cycle (another questionnaire version)", () => {
    const actions = [
      action({ id: "cap", questionId: "CAP-02", createdCycle: 2026 }),
      action({ id: "org", questionId: "ORG-02", createdCycle: 2026 }),
    ];
    const all = actionEffects(F, 2027, current, previous, actions);
    const mapped = actionEffects(F, 2027, current, previous, actions, new Set(["CAP-02"]));
    expect(mapped.map((e) => e.action.id)).toEqual(["cap"]);
    expect(mapped[0]).toEqual(all.find((e) => e.action.id === "cap"));
  });
});
