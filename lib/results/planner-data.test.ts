import { describe, expect, it } from "vitest";
import { generateDemoAnswers } from "../demo/generate";
import { RES45_BA2017_V1, RES45_BA2017_V2 } from "../framework";
import { listGaps, scoreAssessment, whatIf } from "../scoring";
import { FIXTURE_FRAMEWORK, WORKED_EXAMPLE_ANSWERS, withPillarWeights } from "../scoring/fixtures";
import { plannerAnswers, plannerFramework, scoringAnswers, scoringFramework } from "./planner-data";

describe("the planner's data", () => {
  it("scores exactly like the full framework and answers, what-if included", () => {
    const frameworks = [
      RES45_BA2017_V1,
      RES45_BA2017_V2,
      FIXTURE_FRAMEWORK,
      withPillarWeights(FIXTURE_FRAMEWORK, { legal: 3 }),
    ];
    for (const full of frameworks) {
      const slim = scoringFramework(plannerFramework(full));
      const answerSets =
        full === RES45_BA2017_V1 || full === RES45_BA2017_V2
          ? ["BRA", "KEN", "EST", "NZL"].map((iso3, i) =>
              generateDemoAnswers(full, iso3, 2025, { completion: 0.4 + 0.2 * i }),
            )
          : [WORKED_EXAMPLE_ANSWERS, []];
      for (const answers of answerSets) {
        const sent = scoringAnswers(plannerAnswers(answers));
        expect(scoreAssessment(slim, sent)).toEqual(scoreAssessment(full, answers));
        const gapIds = listGaps(full, answers).map((g) => g.questionId);
        for (const chosen of [gapIds.slice(0, 1), gapIds.slice(0, 5), gapIds])
          expect(whatIf(slim, sent, chosen)).toEqual(whatIf(full, answers, chosen));
      }
    }
  });

  it("carries no question text, option label or evidence address", () => {
    const sent = JSON.stringify([
      plannerFramework(RES45_BA2017_V2),
      plannerAnswers([{ questionId: "X", value: "yes", evidence: ["https://example.org/evidence"] }]),
    ]);
    const question = RES45_BA2017_V2.questions[0]!;
    expect(sent).not.toContain(question.text);
    expect(sent).not.toContain(question.options[0]!.label);
    expect(sent).not.toContain("example.org");
    expect(sent.length).toBeLessThan(JSON.stringify(RES45_BA2017_V2).length / 5);
  });
});
