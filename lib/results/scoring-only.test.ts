import { describe, expect, it } from "vitest";
import { generateDemoAnswers } from "../demo/generate";
import { RES45_BA2017_V1 } from "../framework";
import { listGaps, scoreAssessment, whatIf } from "../scoring";
import { FIXTURE_FRAMEWORK, WORKED_EXAMPLE_ANSWERS, withPillarWeights } from "../scoring/fixtures";
import { scoringOnly } from "./scoring-only";

describe("scoringOnly", () => {
  it("scores exactly like the full framework, gaps and what-if included", () => {
    const frameworks = [RES45_BA2017_V1, FIXTURE_FRAMEWORK, withPillarWeights(FIXTURE_FRAMEWORK, { legal: 3 })];
    for (const full of frameworks) {
      const slim = scoringOnly(full);
      const answerSets =
        full === RES45_BA2017_V1
          ? ["BRA", "KEN", "EST", "NZL"].map((iso3, i) =>
              generateDemoAnswers(full, iso3, 2025, { completion: 0.4 + 0.2 * i }),
            )
          : [WORKED_EXAMPLE_ANSWERS, []];
      for (const answers of answerSets) {
        expect(scoreAssessment(slim, answers)).toEqual(scoreAssessment(full, answers));
        const gapIds = listGaps(full, answers).map((g) => g.questionId);
        expect(listGaps(slim, answers).map((g) => [g.questionId, g.shortfall])).toEqual(
          listGaps(full, answers).map((g) => [g.questionId, g.shortfall]),
        );
        for (const chosen of [gapIds.slice(0, 1), gapIds.slice(0, 5), gapIds]) {
          expect(whatIf(slim, answers, chosen)).toEqual(whatIf(full, answers, chosen));
        }
      }
    }
  });

  it("leaves out the words, which the page ships with the gaps instead", () => {
    const slim = scoringOnly(RES45_BA2017_V1);
    expect(slim.questions.every((q) => q.text === "" && q.guidance === "" && q.recommendation.action === "")).toBe(
      true,
    );
    expect(JSON.stringify(slim).length).toBeLessThan(JSON.stringify(RES45_BA2017_V1).length / 2);
  });
});
