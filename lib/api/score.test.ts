import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CURRENT_FRAMEWORK, bestOption } from "../framework";
import { AppError, errorBody, type ErrorBody } from "../errors";
import { questionCredit } from "../scoring";
import { scoreRequest } from "./score";

/** The scores, or the refusal as the API writes it. */
function score(
  body: unknown,
  locale: "en" | "fr" = "en",
): { ok: true; data: unknown } | { ok: false; error: ErrorBody } {
  try {
    return { ok: true, data: scoreRequest(body, locale) };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error: errorBody(error, locale) };
    throw error;
  }
}

const [q1, q2] = CURRENT_FRAMEWORK.questions;

describe("POST /api/v1/score body handling", () => {
  it("scores a valid body with the engine's result shape", () => {
    const result = score({
      framework: CURRENT_FRAMEWORK.id,
      answers: CURRENT_FRAMEWORK.questions.map((q) => ({
        questionId: q.id,
        value: bestOption(q).value,
        evidence: ["https://gov.example/x"],
      })),
    });
    expect(result).toEqual({
      ok: true,
      data: {
        overall: 100,
        tier: { level: 1, name: "Role-modelling" },
        pillars: { legal: 100, technical: 100, organizational: 100, capacity: 100, cooperation: 100 },
        outcomes: { "D.3-1": 100, "D.3-2": 100, "D.3-3": 100 },
        completion: 1,
      },
    });
  });

  it("names every problem at once: unknown id, unknown option, duplicate, bad evidence", () => {
    const result = score({
      framework: CURRENT_FRAMEWORK.id,
      answers: [
        { questionId: "NOPE-XX-01", value: "yes", evidence: [] },
        { questionId: q1!.id, value: "not-an-option", evidence: [] },
        { questionId: q2!.id, value: null, evidence: [] },
        { questionId: q2!.id, value: null, evidence: [] },
      ],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.error.fieldErrors!)).toEqual([
      "answers.0.questionId",
      "answers.1.value",
      "answers.3.questionId",
    ]);
    expect(result.error.error).toContain("NOPE-XX-01");
    expect(result.error.error).toContain("not-an-option");
    expect(result.error.error).toContain("Duplicate");

    const evidence = score({
      framework: CURRENT_FRAMEWORK.id,
      answers: [{ questionId: q1!.id, value: null, evidence: ["javascript:alert(1)"] }],
    });
    expect(evidence.ok).toBe(false);
    if (!evidence.ok)
      expect(evidence.error.fieldErrors).toEqual({
        "answers.0.evidence.0": ["Evidence must be an http:// or https:// URL"],
      });
  });

  it("refuses an unknown framework and a malformed body", () => {
    const unknown = score({ framework: "gci-2099", answers: [] });
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) expect(unknown.error.fieldErrors).toHaveProperty("framework");
    for (const body of [null, [], "x", { answers: [] }, { framework: CURRENT_FRAMEWORK.id, answers: {} }]) {
      expect(score(body).ok).toBe(false);
    }
  });

  it("answers with a stable code, in the reader's language", () => {
    const unknown = score(
      { framework: CURRENT_FRAMEWORK.id, answers: [{ questionId: "NOPE-XX-01", value: null }] },
      "fr",
    );
    expect(unknown.ok).toBe(false);
    if (unknown.ok) return;
    expect(unknown.error.code).toBe("validation.answers");
    expect(unknown.error.fieldErrors!["answers.0.questionId"]![0]).toMatch(/question/i);
    expect(unknown.error.error).not.toContain("Unknown question");
  });
});

describe("POST /api/v1/score and the points /api/v1/framework serves", () => {
  const served = CURRENT_FRAMEWORK;

  it("serves v2, whose points sum to 100", () => {
    expect(served.id).toBe("res45-ba2017-v2");
    expect(served.questions.reduce((s, q) => s + q.points!, 0)).toBeCloseTo(100, 9);
  });

  it("gives any answer set the sum over its answers of credit × points (property)", () => {
    const answer = fc.record({
      i: fc.nat({ max: served.questions.length - 1 }),
      o: fc.nat({ max: 4 }),
      evidence: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.uniqueArray(answer, { selector: (a) => a.i, maxLength: served.questions.length }), (drawn) => {
        const answers = drawn.map(({ i, o, evidence }) => {
          const q = served.questions[i]!;
          return {
            questionId: q.id,
            value: q.options[o % q.options.length]!.value,
            evidence: evidence ? ["https://gov.example/e"] : [],
          };
        });
        const result = score({ framework: served.id, answers });
        if (!result.ok) throw new Error(JSON.stringify(result.error));
        const earned = answers.reduce((sum, a) => {
          const q = served.questions.find((x) => x.id === a.questionId)!;
          return sum + questionCredit(q, a) * q.points!;
        }, 0);
        expect((result.data as { overall: number }).overall).toBeCloseTo(earned, 9);
      }),
      { numRuns: 200 },
    );
  });
});
