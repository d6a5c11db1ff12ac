/**
 * fast-check arbitraries shared by the scoring tests (test-only: imports fast-check).
 */
import fc from "fast-check";
import type { Framework, Question } from "../framework/types";
import type { AnswerInput } from "./types";

const evidenceUrl = fc.nat({ max: 999 }).map((n) => `https://example.gov/evidence/${n}`);

/** One answer to `q`: any of its options or null, with 0–2 evidence URLs. */
export function arbAnswerFor(q: Question): fc.Arbitrary<AnswerInput> {
  return fc.record({
    questionId: fc.constant(q.id),
    value: fc.option(fc.constantFrom(...q.options.map((o) => o.value)), { freq: 6 }),
    evidence: fc.array(evidenceUrl, { maxLength: 2 }),
  });
}

/** At most one answer per question (some questions left out), in framework order. */
export function arbAnswers(framework: Framework): fc.Arbitrary<AnswerInput[]> {
  return fc
    .tuple(...framework.questions.map((q) => fc.option(arbAnswerFor(q), { freq: 5 })))
    .map((list) => list.filter((a): a is AnswerInput => a !== null));
}

/**
 * Answers with noise the engine must ignore or resolve: unknown question ids,
 * unknown option values, several answers to one question (the last valid one
 * counts), in any order.
 */
export function arbNoisyAnswers(framework: Framework): fc.Arbitrary<AnswerInput[]> {
  const ids = framework.questions.map((q) => q.id);
  const noise = fc.oneof(
    fc.record({
      questionId: fc.constantFrom("UNKNOWN-01", "leg-01", ""),
      value: fc.option(fc.constantFrom("yes", "mature"), { nil: null }),
      evidence: fc.array(evidenceUrl, { maxLength: 1 }),
    }),
    fc.record({
      questionId: fc.constantFrom(...ids),
      value: fc.constantFrom("maybe", "YES", ""),
      evidence: fc.array(evidenceUrl, { maxLength: 1 }),
    }),
    fc.constantFrom(...framework.questions).chain(arbAnswerFor),
  );
  return fc
    .tuple(arbAnswers(framework), fc.array(noise, { maxLength: 8 }))
    .chain(([answers, extra]) =>
      fc.shuffledSubarray([...answers, ...extra], { minLength: answers.length + extra.length }),
    );
}

/** The framework with random positive question weights and pillar weights. */
export function arbReweighted(framework: Framework): fc.Arbitrary<Framework> {
  const weight = fc.double({ min: 0.1, max: 10, noNaN: true, noDefaultInfinity: true });
  return fc
    .tuple(
      fc.array(weight, { minLength: framework.pillars.length, maxLength: framework.pillars.length }),
      fc.array(weight, { minLength: framework.questions.length, maxLength: framework.questions.length }),
    )
    .map(([pw, qw]) => ({
      ...framework,
      pillars: framework.pillars.map((p, i) => ({ ...p, weight: pw[i]! })),
      questions: framework.questions.map((q, i) => ({ ...q, weight: qw[i]! })),
    }));
}

/** A framework (the given one, or reweighted) with answers for it. */
export function arbFrameworkAndAnswers(framework: Framework): fc.Arbitrary<[Framework, AnswerInput[]]> {
  return fc
    .oneof(fc.constant(framework), arbReweighted(framework))
    .chain((fw) => fc.tuple(fc.constant(fw), arbAnswers(fw)));
}
