import { describe, expect, it } from "vitest";
import { CURRENT_FRAMEWORK } from "../framework";
import {
  actionChanges,
  comparePlanActions,
  filterActions,
  isOverdue,
  suggestedTitle,
  clauseOfQuestion,
  type PlanAction,
} from "./actions";

export function action(overrides: Partial<PlanAction> = {}): PlanAction {
  return {
    id: "00000000-0000-4000-8000-000000000001",
    iso3: "KEN",
    questionId: "LEG-CYB-01",
    clause: "R45-RCG-I",
    title: "Adopt a cybercrime law",
    owner: "Ministry of Justice",
    targetDate: "2027-06-30",
    priority: "medium",
    status: "planned",
    createdCycle: 2026,
    version: 1,
    createdAt: "2026-01-01T00:00:00.000Z",
    updatedAt: "2026-01-01T00:00:00.000Z",
    ...overrides,
  };
}

describe("isOverdue", () => {
  it("marks open actions past their target date, never done or dropped ones", () => {
    expect(isOverdue(action({ targetDate: "2026-11-28" }), "2026-11-29")).toBe(true);
    expect(isOverdue(action({ targetDate: "2026-11-29" }), "2026-11-29")).toBe(false);
    expect(isOverdue(action({ targetDate: "2026-01-01", status: "in_progress" }), "2026-11-29")).toBe(true);
    expect(isOverdue(action({ targetDate: "2026-01-01", status: "done" }), "2026-11-29")).toBe(false);
    expect(isOverdue(action({ targetDate: "2026-01-01", status: "dropped" }), "2026-11-29")).toBe(false);
  });
});

describe("suggestedTitle", () => {
  it("is the question's recommended action without its closing citation", () => {
    const title = suggestedTitle(CURRENT_FRAMEWORK, "LEG-CYB-01");
    expect(title.startsWith("Adopt legislation")).toBe(true);
    expect(title).not.toContain("(Resolution 45");
    expect(title.endsWith(".")).toBe(true);
  });

  it("fits the title limit for every question", () => {
    for (const q of CURRENT_FRAMEWORK.questions)
      expect(suggestedTitle(CURRENT_FRAMEWORK, q.id).length).toBeLessThan(400);
  });

  it("says 'Add the evidence' when the answer is already the best one and only the evidence is missing", () => {
    const q = CURRENT_FRAMEWORK.questions.find((x) => x.evidenceRequired)!;
    const best = [...q.options].sort((a, b) => b.credit - a.credit)[0]!.value;
    const without = [{ questionId: q.id, value: best, evidence: [] }];
    expect(suggestedTitle(CURRENT_FRAMEWORK, q.id, "en", without)).toBe(`Add the evidence: ${q.guidance}`);
    const withEvidence = [{ questionId: q.id, value: best, evidence: ["https://gov.example/a"] }];
    expect(suggestedTitle(CURRENT_FRAMEWORK, q.id, "en", withEvidence)).toBe(suggestedTitle(CURRENT_FRAMEWORK, q.id));
  });

  it("is empty for an unknown question, whose clause is unknown too", () => {
    expect(suggestedTitle(CURRENT_FRAMEWORK, "XXX-XX-99")).toBe("");
    expect(clauseOfQuestion(CURRENT_FRAMEWORK, "XXX-XX-99")).toBeUndefined();
    expect(clauseOfQuestion(CURRENT_FRAMEWORK, "LEG-CYB-01")).toBe("R45-RCG-I");
  });
});

describe("order and filters", () => {
  it("puts open actions first, then high priority, then the earliest target date", () => {
    const done = action({ id: "d", status: "done", priority: "high" });
    const late = action({ id: "l", priority: "low", targetDate: "2026-01-01" });
    const high = action({ id: "h", priority: "high", targetDate: "2027-12-31" });
    const soon = action({ id: "s", priority: "high", targetDate: "2027-01-31" });
    expect([done, late, high, soon].sort(comparePlanActions).map((a) => a.id)).toEqual(["s", "h", "l", "d"]);
  });

  it("filters by status and priority together", () => {
    const list = [
      action({ id: "1", status: "done", priority: "high" }),
      action({ id: "2", status: "planned", priority: "high" }),
      action({ id: "3", status: "planned", priority: "low" }),
    ];
    expect(filterActions(list, { status: "planned", priority: "high" }).map((a) => a.id)).toEqual(["2"]);
    expect(filterActions(list, {}).length).toBe(3);
  });
});

describe("what a change changes", () => {
  it("keeps only the fields set to a new value", () => {
    const current = action({ owner: "Justice", status: "planned" });
    expect(actionChanges(current, { owner: "Justice", status: "done", title: undefined })).toEqual({ status: "done" });
    expect(actionChanges(current, { owner: "Justice" })).toEqual({});
  });
});
