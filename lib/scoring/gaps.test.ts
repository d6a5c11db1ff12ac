import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FIXTURE_FRAMEWORK, WORKED_EXAMPLE_ANSWERS, withPillarWeights } from "./fixtures";
import {
  WHAT_IF_EVIDENCE,
  applyGapClosures,
  isWhatIfEvidence,
  listGaps,
  questionCredit,
  scoreAssessment,
  whatIf,
} from "./index";
import type { AnswerInput } from "./index";
import { arbFrameworkAndAnswers, arbNoisyAnswers } from "./test-arbitraries";

const F = FIXTURE_FRAMEWORK;
const A = WORKED_EXAMPLE_ANSWERS;
const DIGITS = 10;

/** The answer that counts for a question: the last one with a null or known option value. */
function countedAnswer(answers: readonly AnswerInput[], id: string): AnswerInput | undefined {
  const q = F.questions.find((x) => x.id === id)!;
  return answers.findLast(
    (a) => a.questionId === id && (a.value === null || q.options.some((o) => o.value === a.value)),
  );
}

describe("worked example gaps (docs/methodology.md)", () => {
  const gaps = listGaps(F, A);

  it("ranks gaps by shortfall, ties by question id", () => {
    expect(gaps.map((g) => g.questionId)).toEqual([
      "CAP-02", // 10
      "ORG-02", // 10
      "COO-01", // 9.333…
      "CAP-01", // 7.5
      "TEC-01", // 7.5
      "ORG-01", // 5
      "LEG-02", // 2.666…
      "TEC-02", // 2.5
    ]);
  });

  it("computes each shortfall", () => {
    // (1/5) × 100 × weight × (best − credit) / Σ pillar question weights
    const expected: Record<string, number> = {
      "CAP-02": (20 * 1 * (1 - 0)) / 2,
      "ORG-02": (20 * 2 * (1 - 0)) / 4,
      "COO-01": (20 * 2 * (1 - 0.3)) / 3,
      "CAP-01": (20 * 1 * (1 - 0.25)) / 2,
      "TEC-01": (20 * 3 * (1 - 0.5)) / 4,
      "ORG-01": (20 * 2 * (1 - 0.5)) / 4,
      "LEG-02": (20 * 1 * (1 - 0.6)) / 3,
      "TEC-02": (20 * 1 * (1 - 0.5)) / 4,
    };
    for (const g of gaps) expect(g.shortfall, g.questionId).toBeCloseTo(expected[g.questionId]!, DIGITS);
    expect(expected["COO-01"]).toBeCloseTo(28 / 3, DIGITS);
    expect(expected["LEG-02"]).toBeCloseTo(8 / 3, DIGITS);
  });

  it("shortfalls add up to 100 − overall", () => {
    const total = gaps.reduce((s, g) => s + g.shortfall, 0);
    expect(total).toBeCloseTo(54.5, DIGITS);
    expect(total).toBeCloseTo(100 - scoreAssessment(F, A).overall, DIGITS);
  });

  it("describes each gap", () => {
    const byId = Object.fromEntries(gaps.map((g) => [g.questionId, g]));
    expect(byId["TEC-01"]).toEqual({
      questionId: "TEC-01",
      pillar: "technical",
      outcome: "D.3-1",
      currentCredit: 0.5,
      bestCredit: 1,
      shortfall: 7.5,
      bestValue: "mature",
      evidenceMissing: true,
      recommendation: { action: "Improve TEC-01", clause: "res45-fixture" },
    });
    expect(byId["ORG-02"]).toMatchObject({ currentCredit: 0, bestValue: "mature", evidenceMissing: false });
    expect(byId["CAP-02"]).toMatchObject({ currentCredit: 0, bestValue: "yes", evidenceMissing: true });
    expect(byId["ORG-01"]).toMatchObject({ currentCredit: 0.5, bestValue: "yes", evidenceMissing: false });
    expect(byId["COO-01"]!.currentCredit).toBeCloseTo(0.3, DIGITS);
    expect(byId["LEG-01"]).toBeUndefined(); // yes with evidence: at best
    expect(byId["COO-02"]).toBeUndefined(); // yes, no evidence needed
  });

  it("scales shortfalls by pillar weight", () => {
    const weighted = listGaps(withPillarWeights(F, { legal: 3 }), A);
    const leg02 = weighted.find((g) => g.questionId === "LEG-02")!;
    expect(leg02.shortfall).toBeCloseTo(((3 / 7) * 100 * 1 * 0.4) / 3, DIGITS); // 40/7 = 5.714…
    const org02 = weighted.find((g) => g.questionId === "ORG-02")!;
    expect(org02.shortfall).toBeCloseTo(((1 / 7) * 100 * 2) / 4, DIGITS); // 50/7 = 7.142…
  });
});

describe("listGaps", () => {
  it("lists every question when nothing is answered; shortfalls add up to 100", () => {
    const gaps = listGaps(F, []);
    expect(gaps).toHaveLength(F.questions.length);
    expect(gaps.reduce((s, g) => s + g.shortfall, 0)).toBeCloseTo(100, DIGITS);
    expect(gaps.every((g) => g.currentCredit === 0)).toBe(true);
  });

  it("lists nothing when every answer is best with evidence", () => {
    const best = applyGapClosures(
      F,
      [],
      F.questions.map((q) => q.id),
    );
    expect(listGaps(F, best)).toEqual([]);
  });
});

describe("applyGapClosures and whatIf", () => {
  it("closes the two top gaps of the worked example: 45.50 → 65.50, Tier 4 → Tier 3", () => {
    const { before, after } = whatIf(F, A, ["CAP-02", "ORG-02"]);
    expect(before.overall).toBeCloseTo(45.5, DIGITS);
    expect(before.tier.level).toBe(4);
    expect(after.overall).toBeCloseTo(65.5, DIGITS);
    expect(after.tier).toEqual({ level: 3, name: "Establishing" });
    expect(after.pillars.organizational).toBeCloseTo(75, DIGITS); // (2 × 0.5 + 2 × 1) / 4
    expect(after.pillars.capacity).toBeCloseTo(62.5, DIGITS); // (1 × 0.25 + 1 × 1) / 2
    expect(after.completion).toBe(1);
    expect(before).toEqual(scoreAssessment(F, A));
  });

  it("sets the best option and adds the what-if evidence only where needed", () => {
    const closed = applyGapClosures(F, A, ["CAP-02", "ORG-02", "ORG-01", "TEC-01", "COO-02"]);
    const get = (id: string) => closed.filter((a) => a.questionId === id);
    expect(get("CAP-02")).toEqual([{ questionId: "CAP-02", value: "yes", evidence: [WHAT_IF_EVIDENCE] }]);
    expect(get("ORG-02")).toEqual([{ questionId: "ORG-02", value: "mature", evidence: [] }]); // new, no evidence needed
    expect(get("ORG-01")).toEqual([
      { questionId: "ORG-01", value: "yes", evidence: ["https://example.gov/evidence/2"] },
    ]); // evidence kept
    expect(get("TEC-01")).toEqual([{ questionId: "TEC-01", value: "mature", evidence: [WHAT_IF_EVIDENCE] }]); // only evidence added
    expect(get("COO-02")).toEqual([{ questionId: "COO-02", value: "yes", evidence: [], note: "Bilateral MoU signed" }]); // note kept
    expect(isWhatIfEvidence(WHAT_IF_EVIDENCE)).toBe(true);
    expect(isWhatIfEvidence("https://example.gov/evidence/2")).toBe(false);
  });

  it("keeps the order of the answers, appends new ones, shares untouched answers", () => {
    const closed = applyGapClosures(F, A, ["ORG-02", "TEC-02", "NOPE-99", "ORG-02"]);
    expect(closed.map((a) => a.questionId)).toEqual([...A.map((a) => a.questionId), "ORG-02"]);
    expect(closed[0]).toBe(A[0]);
    expect(closed[3]).not.toBe(A[3]);
  });

  it("does not change its input", () => {
    const answers = structuredClone(A);
    applyGapClosures(
      F,
      answers,
      F.questions.map((q) => q.id),
    );
    whatIf(F, answers, ["TEC-01"]);
    expect(answers).toEqual(A);
  });

  it("replaces every answer to a closed question, so duplicates cannot undo it", () => {
    const dup: AnswerInput[] = [
      { questionId: "ORG-02", value: "initial", evidence: [] },
      { questionId: "ORG-02", value: "none", evidence: [] },
      { questionId: "ORG-02", value: "bogus", evidence: [] },
    ];
    const closed = applyGapClosures(F, dup, ["ORG-02"]);
    expect(closed.every((a) => a.value === "mature")).toBe(true);
    expect(scoreAssessment(F, closed).pillars.organizational).toBe(50);
  });

  it("keeps a chosen option that already has the best credit", () => {
    const fw = {
      ...F,
      questions: F.questions.map((q) =>
        q.id === "COO-02"
          ? {
              ...q,
              options: [
                { value: "yes", label: "Yes", credit: 1 },
                { value: "fully", label: "Fully", credit: 1 },
                ...q.options.slice(1),
              ],
            }
          : q,
      ),
    };
    const closed = applyGapClosures(fw, [{ questionId: "COO-02", value: "fully", evidence: [] }], ["COO-02"]);
    expect(closed).toEqual([{ questionId: "COO-02", value: "fully", evidence: [] }]);
  });
});

describe("properties", () => {
  it("closing a gap raises overall by exactly its shortfall", () => {
    fc.assert(
      fc.property(arbFrameworkAndAnswers(F), ([fw, answers]) => {
        const before = scoreAssessment(fw, answers).overall;
        for (const gap of listGaps(fw, answers)) {
          const after = scoreAssessment(fw, applyGapClosures(fw, answers, [gap.questionId])).overall;
          expect(after - before, gap.questionId).toBeCloseTo(gap.shortfall, 9);
        }
      }),
    );
  });

  it("closing several gaps raises overall by the sum of their shortfalls; closing all gives 100", () => {
    fc.assert(
      fc.property(
        arbFrameworkAndAnswers(F).chain(([fw, answers]) => {
          const gaps = listGaps(fw, answers);
          return fc.tuple(fc.constant(fw), fc.constant(answers), fc.constant(gaps), fc.subarray(gaps));
        }),
        ([fw, answers, gaps, chosen]) => {
          const { before, after } = whatIf(
            fw,
            answers,
            chosen.map((g) => g.questionId),
          );
          const gained = chosen.reduce((s, g) => s + g.shortfall, 0);
          expect(after.overall - before.overall).toBeCloseTo(gained, 9);
          const all = whatIf(
            fw,
            answers,
            gaps.map((g) => g.questionId),
          ).after;
          expect(all.overall).toBe(100);
          expect(all.tier.level).toBe(1);
          expect(
            listGaps(
              fw,
              applyGapClosures(
                fw,
                answers,
                gaps.map((g) => g.questionId),
              ),
            ),
          ).toEqual([]);
        },
      ),
    );
  });

  it("lists exactly the questions below their best credit, in ranked order", () => {
    fc.assert(
      fc.property(arbNoisyAnswers(F), (answers) => {
        const gaps = listGaps(F, answers);
        const r = scoreAssessment(F, answers);
        for (const q of F.questions) {
          const best = Math.max(...q.options.map((o) => o.credit));
          const gap = gaps.find((g) => g.questionId === q.id);
          if (gap) {
            expect(gap.currentCredit).toBeLessThan(best);
            expect(gap.bestCredit).toBe(best);
            expect(gap.shortfall).toBeGreaterThan(0);
          } else {
            expect(questionCredit(q, countedAnswer(answers, q.id)), q.id).toBe(best);
          }
        }
        for (let i = 1; i < gaps.length; i++) {
          const [a, b] = [gaps[i - 1]!, gaps[i]!];
          expect(a.shortfall).toBeGreaterThanOrEqual(b.shortfall - 1e-9);
          if (Math.abs(a.shortfall - b.shortfall) < 1e-12) expect(a.questionId < b.questionId).toBe(true);
        }
        expect(gaps.reduce((s, g) => s + g.shortfall, 0)).toBeCloseTo(100 - r.overall, 9);
      }),
    );
  });

  it("a gap's current credit is the question's credit", () => {
    fc.assert(
      fc.property(arbFrameworkAndAnswers(F), ([fw, answers]) => {
        for (const gap of listGaps(fw, answers)) {
          const q = fw.questions.find((x) => x.id === gap.questionId)!;
          expect(gap.currentCredit).toBe(
            questionCredit(
              q,
              answers.find((a) => a.questionId === q.id),
            ),
          ); // one answer per question
        }
      }),
    );
  });
});
