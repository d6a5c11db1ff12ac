/**
 * Throughput of the scoring engine on an 80-question framework.
 * Run with `npx vitest bench lib/scoring` (not part of `vitest run`).
 * Target: well over 50,000 assessments per second on one core.
 */
import { bench, describe } from "vitest";
import { makeSyntheticFramework } from "./fixtures";
import { listGaps, scoreAssessment } from "./index";
import type { AnswerInput } from "./index";

const framework = makeSyntheticFramework(80);

/** 64 deterministic answer sets: most questions answered, some evidence missing. */
const answerSets: AnswerInput[][] = Array.from({ length: 64 }, (_, s) =>
  framework.questions.flatMap((q, i): AnswerInput[] => {
    const r = (s * 31 + i * 17) % 10;
    if (r === 0) return [];
    const option = q.options[r % q.options.length]!;
    return [{ questionId: q.id, value: option.value, evidence: r % 3 === 0 ? [] : ["https://example.gov/evidence"] }];
  }),
);

describe("80-question framework", () => {
  let n = 0;
  bench("scoreAssessment", () => {
    scoreAssessment(framework, answerSets[n++ & 63]!);
  });
  bench("listGaps", () => {
    listGaps(framework, answerSets[n++ & 63]!);
  });
});
