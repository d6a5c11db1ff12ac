import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Framework } from "../framework/types";
import { FIXTURE_FRAMEWORK, WORKED_EXAMPLE_ANSWERS, makeSyntheticFramework, withPillarWeights } from "./fixtures";
import { formatScore, questionCredit, scoreAssessment, tierFor } from "./index";
import type { AnswerInput, ScoreResult } from "./index";
import { arbAnswerFor, arbAnswers, arbFrameworkAndAnswers, arbNoisyAnswers, arbReweighted } from "./test-arbitraries";

const F = FIXTURE_FRAMEWORK;
const DIGITS = 10;

function question(id: string) {
  const q = F.questions.find((x) => x.id === id);
  if (!q) throw new Error(id);
  return q;
}

/** Every score of a result, as [label, value] pairs. */
function allScores(r: ScoreResult): [string, number][] {
  return [
    ["overall", r.overall],
    ...Object.entries(r.pillars).map(([k, v]): [string, number] => [`pillar ${k}`, v]),
    ...Object.entries(r.outcomes).map(([k, v]): [string, number] => [`outcome ${k}`, v]),
  ];
}

/**
 * An independent, literal implementation of docs/methodology.md, as an outside
 * tool would write it (answers resolved with "last valid answer wins").
 */
function referenceScore(fw: Framework, answers: readonly AnswerInput[]): ScoreResult {
  const counted = new Map<string, AnswerInput | null>();
  for (const a of answers) {
    const q = fw.questions.find((x) => x.id === a.questionId);
    if (!q) continue;
    if (a.value === null) counted.set(q.id, null);
    else if (q.options.some((o) => o.value === a.value)) counted.set(q.id, a);
  }
  const credit = (qid: string): number => {
    const a = counted.get(qid);
    if (!a) return 0;
    const q = fw.questions.find((x) => x.id === qid)!;
    const c = q.options.find((o) => o.value === a.value)!.credit;
    return q.evidenceRequired && a.evidence.length === 0 ? c / 2 : c;
  };
  const over = (qs: typeof fw.questions) => {
    const w = qs.reduce((s, q) => s + q.weight, 0);
    return w === 0 ? 0 : (100 * qs.reduce((s, q) => s + q.weight * credit(q.id), 0)) / w;
  };
  const pillars = Object.fromEntries(
    fw.pillars.map((p) => [p.id, over(fw.questions.filter((q) => q.pillar === p.id))]),
  );
  const outcomes = Object.fromEntries(
    fw.outcomes.map((o) => [o.id, over(fw.questions.filter((q) => q.outcome === o.id))]),
  );
  const pw = fw.pillars.reduce((s, p) => s + p.weight, 0);
  const overall = fw.pillars.reduce((s, p) => s + p.weight * pillars[p.id]!, 0) / pw;
  const answered = fw.questions.filter((q) => counted.get(q.id)).length;
  return { overall, tier: tierFor(fw, overall), pillars, outcomes, completion: answered / fw.questions.length };
}

describe("worked example (docs/methodology.md)", () => {
  const result = scoreAssessment(F, WORKED_EXAMPLE_ANSWERS);
  const answerFor = (id: string) => WORKED_EXAMPLE_ANSWERS.find((a) => a.questionId === id);

  it("gives each question its effective credit", () => {
    const expected: Record<string, number> = {
      "LEG-01": 1, // yes, evidence given
      "LEG-02": 0.6, // developing, no evidence needed
      "TEC-01": 0.5, // mature (1), evidence required but missing: halved
      "TEC-02": 0.5, // partial
      "ORG-01": 0.5, // partial, evidence given
      "ORG-02": 0, // unanswered
      "CAP-01": 0.25, // initial
      "CAP-02": 0, // no (0), halved is still 0
      "COO-01": 0.3, // developing (0.6), evidence required but missing: halved
      "COO-02": 1, // yes
    };
    for (const q of F.questions) {
      expect(questionCredit(q, answerFor(q.id)), q.id).toBeCloseTo(expected[q.id]!, DIGITS);
    }
  });

  it("computes pillar scores", () => {
    expect(Object.keys(result.pillars)).toEqual(["legal", "technical", "organizational", "capacity", "cooperation"]);
    expect(result.pillars.legal).toBeCloseTo((100 * 2.6) / 3, DIGITS); // 86.666…
    expect(result.pillars.technical).toBeCloseTo(50, DIGITS);
    expect(result.pillars.organizational).toBeCloseTo(25, DIGITS);
    expect(result.pillars.capacity).toBeCloseTo(12.5, DIGITS);
    expect(result.pillars.cooperation).toBeCloseTo((100 * 1.6) / 3, DIGITS); // 53.333…
  });

  it("computes outcome scores", () => {
    expect(Object.keys(result.outcomes)).toEqual(["D.3-1", "D.3-2", "D.3-3"]);
    expect(result.outcomes["D.3-1"]).toBeCloseTo((100 * 3.5) / 6, DIGITS); // 58.333…
    expect(result.outcomes["D.3-2"]).toBeCloseTo((100 * 2.6) / 6, DIGITS); // 43.333…
    expect(result.outcomes["D.3-3"]).toBeCloseTo(33.75, DIGITS);
  });

  it("computes overall, tier and completion", () => {
    expect(result.overall).toBeCloseTo(45.5, DIGITS);
    expect(result.tier).toEqual({ level: 4, name: "Evolving" });
    expect(result.completion).toBe(0.9);
  });

  it("displays with two decimals", () => {
    expect(formatScore(result.overall)).toBe("45.50");
    expect(formatScore(result.pillars.legal!)).toBe("86.67");
    expect(formatScore(result.pillars.cooperation!)).toBe("53.33");
    expect(formatScore(result.pillars.capacity!)).toBe("12.50");
    expect(formatScore(result.outcomes["D.3-1"]!)).toBe("58.33");
    expect(formatScore(result.outcomes["D.3-3"]!)).toBe("33.75");
  });

  it("respects unequal pillar weights (legal weight 3)", () => {
    const r = scoreAssessment(withPillarWeights(F, { legal: 3 }), WORKED_EXAMPLE_ANSWERS);
    // (3 × 86.666… + 50 + 25 + 12.5 + 53.333…) / 7 = 400.8333… / 7 = 2405 / 42
    expect(r.overall).toBeCloseTo(2405 / 42, DIGITS);
    expect(formatScore(r.overall)).toBe("57.26");
    expect(r.tier).toEqual({ level: 3, name: "Establishing" });
    // pillar and outcome scores do not depend on pillar weights
    expect(r.pillars).toEqual(result.pillars);
    expect(r.outcomes).toEqual(result.outcomes);
  });

  it("matches the literal reference implementation", () => {
    const ref = referenceScore(F, WORKED_EXAMPLE_ANSWERS);
    for (const [label, value] of allScores(ref)) {
      expect(allScores(result).find(([l]) => l === label)![1], label).toBeCloseTo(value, DIGITS);
    }
  });
});

describe("credit", () => {
  const tec01 = question("TEC-01"); // evidence required, stages
  const leg02 = question("LEG-02"); // no evidence required, stages

  it("halves the credit where evidence is required and the list is empty", () => {
    expect(questionCredit(tec01, { questionId: "TEC-01", value: "mature", evidence: [] })).toBe(0.5);
    expect(questionCredit(tec01, { questionId: "TEC-01", value: "mature", evidence: ["https://a.gov/x"] })).toBe(1);
    expect(questionCredit(tec01, { questionId: "TEC-01", value: "initial", evidence: [] })).toBe(0.125);
    expect(questionCredit(tec01, { questionId: "TEC-01", value: "none", evidence: [] })).toBe(0);
  });

  it("does not halve where evidence is not required", () => {
    expect(questionCredit(leg02, { questionId: "LEG-02", value: "mature", evidence: [] })).toBe(1);
    expect(questionCredit(leg02, { questionId: "LEG-02", value: "developing", evidence: [] })).toBe(0.6);
  });

  it("gives 0 to an unanswered question", () => {
    expect(questionCredit(tec01, undefined)).toBe(0);
    expect(questionCredit(tec01, { questionId: "TEC-01", value: null, evidence: ["https://a.gov/x"] })).toBe(0);
    expect(questionCredit(tec01, { questionId: "TEC-01", value: "unknown", evidence: [] })).toBe(0);
  });

  it("halving shows in the pillar score", () => {
    const withEvidence = scoreAssessment(F, [{ questionId: "TEC-01", value: "mature", evidence: ["https://a.gov/x"] }]);
    const without = scoreAssessment(F, [{ questionId: "TEC-01", value: "mature", evidence: [] }]);
    expect(withEvidence.pillars.technical).toBeCloseTo(75, DIGITS); // 3 × 1 / 4
    expect(without.pillars.technical).toBeCloseTo(37.5, DIGITS); // 3 × 0.5 / 4
    expect(withEvidence.completion).toBe(0.1);
    expect(without.completion).toBe(0.1); // answered either way
  });
});

describe("answers the engine ignores or resolves", () => {
  const base = WORKED_EXAMPLE_ANSWERS;
  const baseResult = scoreAssessment(F, base);

  it("ignores unknown question ids and unknown option values", () => {
    const noisy: AnswerInput[] = [
      ...base,
      { questionId: "NOPE-01", value: "yes", evidence: [] },
      { questionId: "ORG-02", value: "fully", evidence: [] },
      { questionId: "LEG-01", value: "YES", evidence: [] },
    ];
    expect(scoreAssessment(F, noisy)).toEqual(baseResult);
  });

  it("counts a null value as unanswered", () => {
    const r = scoreAssessment(F, [...base, { questionId: "ORG-02", value: null, evidence: [] }]);
    expect(r).toEqual(baseResult);
    const cleared = scoreAssessment(F, [...base, { questionId: "COO-02", value: null, evidence: [] }]);
    expect(cleared.completion).toBe(0.8);
    expect(cleared.pillars.cooperation).toBeCloseTo(20, DIGITS); // 2 × 0.3 / 3
  });

  it("counts the last valid answer where a question has several", () => {
    const r = scoreAssessment(F, [
      { questionId: "ORG-02", value: "mature", evidence: [] },
      { questionId: "ORG-02", value: "initial", evidence: [] },
      { questionId: "ORG-02", value: "bogus", evidence: [] },
    ]);
    expect(r.pillars.organizational).toBeCloseTo(12.5, DIGITS); // 2 × 0.25 / 4
    expect(r.completion).toBe(0.1);
  });
});

describe("tiers", () => {
  const tier = (n: number) => tierFor(F, n).level;

  it("uses the full-precision score at each threshold", () => {
    expect(tier(100)).toBe(1);
    expect(tier(95)).toBe(1);
    expect(tier(94.99)).toBe(2);
    expect(tier(94.999)).toBe(2);
    expect(tier(94.9999999)).toBe(2);
    expect(tier(85)).toBe(2);
    expect(tier(84.99)).toBe(3);
    expect(tier(55)).toBe(3);
    expect(tier(54.99)).toBe(4);
    expect(tier(20)).toBe(4);
    expect(tier(19.99)).toBe(5);
    expect(tier(0)).toBe(5);
    expect(tierFor(F, 95)).toEqual({ level: 1, name: "Role-modelling" });
    expect(tierFor(F, 19.99)).toEqual({ level: 5, name: "Building" });
  });

  it("a displayed 95.00 can still be Tier 2", () => {
    expect(formatScore(94.996)).toBe("95.00");
    expect(tier(94.996)).toBe(2);
  });

  it("reaches a threshold the score is exactly on despite floating-point error", () => {
    // 100 × (1/3 + 3/4 + 0 + 1 + 2/3) / 5 = 55 exactly; as a double it is 54.99999999999999.
    const answers: AnswerInput[] = [
      { questionId: "LEG-01", value: "partial", evidence: ["https://a.gov/1"] },
      { questionId: "TEC-01", value: "mature", evidence: ["https://a.gov/2"] },
      { questionId: "CAP-01", value: "mature", evidence: [] },
      { questionId: "CAP-02", value: "yes", evidence: ["https://a.gov/3"] },
      { questionId: "COO-01", value: "mature", evidence: ["https://a.gov/4"] },
    ];
    const r = scoreAssessment(F, answers);
    expect(r.overall).toBeCloseTo(55, DIGITS);
    expect(r.tier).toEqual({ level: 3, name: "Establishing" });
    expect(formatScore(r.overall)).toBe("55.00");
    expect(tier(55 - 1e-12)).toBe(3);
  });

  it("does not depend on the order of the framework's tiers", () => {
    const shuffled = { ...F, tiers: [...F.tiers].reverse() };
    for (const n of [0, 19.99, 20, 54.99, 55, 84.99, 85, 94.99, 95, 100]) {
      expect(tierFor(shuffled, n)).toEqual(tierFor(F, n));
    }
  });

  it("gives the lowest tier below every threshold", () => {
    const noZero = { ...F, tiers: F.tiers.filter((t) => t.level !== 5) };
    expect(tierFor(noZero, 5).level).toBe(4);
  });
});

describe("edge cases", () => {
  it("scores a pillar or outcome without questions 0, and still lists it", () => {
    const fw: Framework = {
      ...F,
      questions: F.questions.filter((q) => q.pillar !== "capacity" && q.outcome !== "D.3-3"),
    };
    const all = fw.questions.map((q) => ({
      questionId: q.id,
      value: q.options[0]!.value === "yes" ? "yes" : "mature",
      evidence: ["https://a.gov/x"],
    }));
    const r = scoreAssessment(fw, all);
    expect(r.pillars.capacity).toBe(0);
    expect(r.outcomes["D.3-3"]).toBe(0);
    expect(r.pillars.legal).toBe(100);
    expect(r.overall).toBeCloseTo(80, DIGITS); // 4 pillars at 100, 1 at 0
    expect(r.completion).toBe(1);
  });

  it("handles a framework without questions", () => {
    const r = scoreAssessment({ ...F, questions: [] }, []);
    expect(r.overall).toBe(0);
    expect(r.completion).toBe(0);
    expect(r.tier.level).toBe(5);
  });

  it("rejects a malformed framework", () => {
    expect(() => scoreAssessment({ ...F, questions: [...F.questions, F.questions[0]!] }, [])).toThrow(
      /duplicate question id LEG-01/,
    );
    expect(() => scoreAssessment({ ...F, tiers: [] }, [])).toThrow(/no tiers/);
  });

  it("returns independent results from the cached framework", () => {
    const a = scoreAssessment(F, WORKED_EXAMPLE_ANSWERS);
    const snapshot = structuredClone(a);
    scoreAssessment(F, []);
    expect(a).toEqual(snapshot);
  });

  it("does not change the answers it is given", () => {
    const answers = structuredClone(WORKED_EXAMPLE_ANSWERS);
    scoreAssessment(F, answers);
    expect(answers).toEqual(WORKED_EXAMPLE_ANSWERS);
  });
});

describe("formatScore", () => {
  it("shows two decimals, rounded half up", () => {
    expect(formatScore(72.3456)).toBe("72.35");
    expect(formatScore(72.344)).toBe("72.34");
    expect(formatScore(100)).toBe("100.00");
    expect(formatScore(0)).toBe("0.00");
    expect(formatScore(-0)).toBe("0.00");
    expect(formatScore(12.125)).toBe("12.13");
    expect(formatScore(12.124999999999998)).toBe("12.13"); // float noise around an exact half
    expect(formatScore(12.1249)).toBe("12.12");
    expect(formatScore(94.999)).toBe("95.00");
  });
});

describe("properties", () => {
  it("keeps every score in [0, 100] and completion in [0, 1]", () => {
    fc.assert(
      fc.property(arbFrameworkAndAnswers(F), ([fw, answers]) => {
        const r = scoreAssessment(fw, answers);
        for (const [label, v] of allScores(r)) {
          expect(v, label).toBeGreaterThanOrEqual(0);
          expect(v, label).toBeLessThanOrEqual(100);
        }
        expect(r.completion).toBeGreaterThanOrEqual(0);
        expect(r.completion).toBeLessThanOrEqual(1);
        expect(Object.keys(r.pillars)).toEqual(fw.pillars.map((p) => p.id));
        expect(Object.keys(r.outcomes)).toEqual(fw.outcomes.map((o) => o.id));
      }),
    );
  });

  it("agrees with the literal reference implementation, noise included", () => {
    const arb = fc
      .oneof(fc.constant(F), arbReweighted(F))
      .chain((fw) => fc.tuple(fc.constant(fw), arbNoisyAnswers(fw)));
    fc.assert(
      fc.property(arb, ([fw, answers]) => {
        const r = scoreAssessment(fw, answers);
        const ref = referenceScore(fw, answers);
        const scores = allScores(r);
        allScores(ref).forEach(([label, v], i) => expect(scores[i]![1], label).toBeCloseTo(v, 9));
        expect(r.completion).toBeCloseTo(ref.completion, 12);
        expect(r.tier).toEqual(ref.tier);
      }),
      { numRuns: 300 },
    );
  });

  it("never lowers any score when one answer's credit is raised", () => {
    const arb = arbFrameworkAndAnswers(F).chain(([fw, answers]) =>
      fc.tuple(
        fc.constant(fw),
        fc.constant(answers),
        fc.constantFrom(...fw.questions).chain((q) => fc.tuple(fc.constant(q), arbAnswerFor(q))),
      ),
    );
    fc.assert(
      fc.property(arb, ([fw, answers, [q, candidate]]) => {
        const current = answers.find((a) => a.questionId === q.id);
        if (questionCredit(q, candidate) < questionCredit(q, current)) return; // not a raise
        const raised = [...answers.filter((a) => a.questionId !== q.id), candidate];
        const before = allScores(scoreAssessment(fw, answers));
        const after = allScores(scoreAssessment(fw, raised));
        before.forEach(([label, v], i) => expect(after[i]![1], label).toBeGreaterThanOrEqual(v));
      }),
    );
  });

  it("never lowers any score when evidence is added", () => {
    fc.assert(
      fc.property(arbFrameworkAndAnswers(F), fc.nat(), ([fw, answers], pick) => {
        if (answers.length === 0) return;
        const i = pick % answers.length;
        const withEvidence = answers.map((a, j) =>
          j === i ? { ...a, evidence: [...a.evidence, "https://a.gov/new"] } : a,
        );
        const before = allScores(scoreAssessment(fw, answers));
        const after = allScores(scoreAssessment(fw, withEvidence));
        before.forEach(([label, v], k) => expect(after[k]![1], label).toBeGreaterThanOrEqual(v));
      }),
    );
  });

  it("does not depend on the order of the answers", () => {
    fc.assert(
      fc.property(
        arbFrameworkAndAnswers(F).chain(([fw, answers]) =>
          fc.tuple(fc.constant(fw), fc.constant(answers), fc.shuffledSubarray(answers, { minLength: answers.length })),
        ),
        ([fw, answers, shuffled]) => {
          expect(scoreAssessment(fw, shuffled)).toEqual(scoreAssessment(fw, answers));
        },
      ),
    );
  });

  it("gives exactly 100 and Tier 1 for the best answers with evidence", () => {
    fc.assert(
      fc.property(fc.oneof(fc.constant(F), arbReweighted(F)), fc.boolean(), (fw, reversed) => {
        const best = fw.questions.map((q) => {
          const top = q.options.reduce((a, b) => (b.credit > a.credit ? b : a));
          return { questionId: q.id, value: top.value, evidence: ["https://a.gov/evidence"] };
        });
        const r = scoreAssessment(fw, reversed ? best.reverse() : best);
        for (const [label, v] of allScores(r)) expect(v, label).toBe(100);
        expect(r.tier).toEqual({ level: 1, name: "Role-modelling" });
        expect(r.completion).toBe(1);
      }),
    );
  });

  it("gives 0, Tier 5 and completion 0 for no answers", () => {
    fc.assert(
      fc.property(fc.oneof(fc.constant(F), arbReweighted(F)), (fw) => {
        const r = scoreAssessment(fw, []);
        for (const [label, v] of allScores(r)) expect(v, label).toBe(0);
        expect(r.tier).toEqual({ level: 5, name: "Building" });
        expect(r.completion).toBe(0);
      }),
    );
  });

  it("weights pillars by the framework's pillar weights", () => {
    fc.assert(
      fc.property(arbFrameworkAndAnswers(F), ([fw, answers]) => {
        const r = scoreAssessment(fw, answers);
        const total = fw.pillars.reduce((s, p) => s + p.weight, 0);
        const expected = fw.pillars.reduce((s, p) => s + p.weight * r.pillars[p.id]!, 0) / total;
        expect(r.overall).toBeCloseTo(expected, 9);
        expect(r.tier).toEqual(tierFor(fw, r.overall));
      }),
    );
  });

  it("counts answered questions for completion", () => {
    fc.assert(
      fc.property(arbAnswers(F), (answers) => {
        const answered = answers.filter((a) => a.value !== null).length;
        expect(scoreAssessment(F, answers).completion).toBe(answered / F.questions.length);
      }),
    );
  });

  it("scores a larger synthetic framework consistently with the reference", () => {
    const big = makeSyntheticFramework(80);
    fc.assert(
      fc.property(arbNoisyAnswers(big), (answers) => {
        const r = scoreAssessment(big, answers);
        const ref = referenceScore(big, answers);
        const scores = allScores(r);
        allScores(ref).forEach(([label, v], i) => expect(scores[i]![1], label).toBeCloseTo(v, 9));
      }),
      { numRuns: 50 },
    );
  });
});
