import { describe, expect, it } from "vitest";
import {
  answerReviews,
  reviewsOf,
  checkStep,
  isOpen,
  itemState,
  openQuestionIds,
  reviewProgress,
  type ReviewStep,
  type ReviewStepKind,
} from "./dialogue";

let id = 0;
const step = (
  questionId: string,
  kind: ReviewStepKind,
  answerValue: string | null,
  proposedValue: string | null = null,
): ReviewStep => ({
  id: ++id,
  questionId,
  step: kind,
  comment: kind === "accept" ? "" : "why",
  proposedValue,
  answerValue,
  by: kind === "reply" || kind === "accept_proposal" ? "Focal" : "Analyst",
  role: kind === "reply" || kind === "accept_proposal" ? "focal_point" : "analyst",
  at: "2026-12-05T00:00:00.000Z",
});

describe("itemState", () => {
  it("is not reviewed without a step", () => {
    expect(itemState([], "yes")).toBe("not_reviewed");
  });

  it("follows a query, its reply, and BDT's acceptance", () => {
    const thread = [step("Q", "query", "yes")];
    expect(itemState(thread, "yes")).toBe("queried");
    thread.push(step("Q", "reply", "yes"));
    expect(itemState(thread, "yes")).toBe("answered");
    thread.push(step("Q", "accept", "yes"));
    expect(itemState(thread, "yes")).toBe("accepted");
  });

  it("a reply to a proposal contests it; accepting the proposal accepts the new value", () => {
    expect(itemState([step("Q", "propose", "yes", "no"), step("Q", "reply", "yes")], "yes")).toBe("contested");
    expect(itemState([step("Q", "propose", "yes", "no"), step("Q", "accept_proposal", "no")], "no")).toBe("accepted");
  });

  it("an acceptance holds for the value it accepted only", () => {
    expect(itemState([step("Q", "accept", "yes")], "no")).toBe("not_reviewed");
  });
});

describe("checkStep", () => {
  it("lets BDT decide on an answer that does not wait for the state", () => {
    for (const state of ["not_reviewed", "answered", "contested"] as const)
      for (const kind of ["accept", "query", "propose"] as const) expect(checkStep(state, kind).ok).toBe(true);
    expect(checkStep("accepted", "query")).toEqual({ ok: true, to: "queried" });
  });

  it("refuses accepting twice, and a second query while the state has not replied", () => {
    expect(checkStep("accepted", "accept")).toEqual({
      ok: false,
      code: "conflict.review_step",
      params: { step: "accept", state: "accepted" },
    });
    expect(checkStep("queried", "propose").ok).toBe(false);
    expect(checkStep("proposed", "query").ok).toBe(false);
    // BDT may withdraw its proposal or settle a query by accepting the answer as it is.
    expect(checkStep("proposed", "accept").ok).toBe(true);
  });

  it("lets the state reply only to what waits for it, and accept only a proposal", () => {
    expect(checkStep("queried", "reply")).toEqual({ ok: true, to: "answered" });
    expect(checkStep("proposed", "reply")).toEqual({ ok: true, to: "contested" });
    expect(checkStep("answered", "reply").ok).toBe(false);
    expect(checkStep("not_reviewed", "reply").ok).toBe(false);
    expect(checkStep("proposed", "accept_proposal")).toEqual({ ok: true, to: "accepted" });
    expect(checkStep("queried", "accept_proposal").ok).toBe(false);
    expect(checkStep("contested", "accept_proposal").ok).toBe(false);
  });
});

describe("answerReviews", () => {
  const steps = [
    step("A", "query", "yes"),
    step("B", "propose", "partial", "no"),
    step("C", "accept", "yes"),
    step("B", "reply", "partial"),
  ];
  const values: Record<string, string> = { A: "yes", B: "partial", C: "yes", D: "no" };
  const reviews = answerReviews(["A", "B", "C", "D"], steps, (q) => values[q] ?? null);

  it("gives every question its state and thread, in the questionnaire's order", () => {
    expect(reviews.map((r) => [r.questionId, r.state, r.steps.length])).toEqual([
      ["A", "queried", 1],
      ["B", "contested", 2],
      ["C", "accepted", 1],
      ["D", "not_reviewed", 0],
    ]);
    expect(reviews[1]!.proposedValue).toBe("no");
    expect(reviews[0]!.proposedValue).toBeNull();
  });

  it("names the open questions and counts progress", () => {
    expect(openQuestionIds(reviews)).toEqual(["A", "B"]);
    expect(reviewProgress(reviews)).toEqual({ reviewed: 3, total: 4 });
    expect(isOpen("accepted")).toBe(false);
  });
});

describe("reviewsOf", () => {
  const framework = { questions: [{ id: "A" }, { id: "B" }] } as unknown as Parameters<typeof reviewsOf>[0];
  const steps = [step("A", "query", "yes")];

  it("reads every question of the framework, unanswered ones too", () => {
    expect(reviewsOf(framework, [{ questionId: "A", value: "yes" }], steps).map((r) => r.state)).toEqual([
      "queried",
      "not_reviewed",
    ]);
  });

  it("counts answers never reviewed as accepted once the assessment is validated", () => {
    const validated = reviewsOf(
      framework,
      [{ questionId: "A", value: "yes" }],
      [step("A", "accept", "yes")],
      "validated",
    );
    expect(validated.map((r) => r.state)).toEqual(["accepted", "accepted"]);
  });
});
