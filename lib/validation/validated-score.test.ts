import { describe, expect, it } from "vitest";
import { scoreAssessment } from "../scoring";
import { FIXTURE_FRAMEWORK, WORKED_EXAMPLE_ANSWERS } from "../scoring/fixtures";
import type { ItemState } from "./dialogue";
import { validatedScore } from "./validated-score";

const accepted = (): ItemState => "accepted";
const evidenced = WORKED_EXAMPLE_ANSWERS.map((a) => ({ ...a, evidence: ["https://example.gov/e"] }));

describe("validatedScore", () => {
  it("equals the self-assessed score when every answer is evidenced and accepted", () => {
    expect(validatedScore(FIXTURE_FRAMEWORK, evidenced, accepted)).toEqual(
      scoreAssessment(FIXTURE_FRAMEWORK, evidenced),
    );
  });

  it("gives an evidence-required answer without evidence nothing, where the self-assessed score gives half", () => {
    // TEC-01 (mature, weight 3, evidence required) has no evidence in the worked example.
    const withEvidenceOnTec = WORKED_EXAMPLE_ANSWERS.map((a) =>
      a.questionId === "TEC-01" ? a : { ...a, evidence: ["https://example.gov/e"] },
    );
    const self = scoreAssessment(
      FIXTURE_FRAMEWORK,
      withEvidenceOnTec.map((a) => (a.questionId === "TEC-01" ? { ...a, evidence: [] } : a)),
    );
    const validated = validatedScore(
      FIXTURE_FRAMEWORK,
      withEvidenceOnTec.map((a) => (a.questionId === "TEC-01" ? { ...a, evidence: [] } : a)),
      accepted,
    );
    const withoutTec = scoreAssessment(
      FIXTURE_FRAMEWORK,
      withEvidenceOnTec.map((a) => (a.questionId === "TEC-01" ? { ...a, value: null } : a)),
    );
    expect(validated.pillars.technical).toBeCloseTo(withoutTec.pillars.technical!, 9);
    expect(validated.overall).toBeLessThan(self.overall);
    expect(validated.completion).toBe(self.completion);
  });

  it("gives an answer still open (queried, proposed) nothing until it is settled", () => {
    const open = (q: string): ItemState => (q === "LEG-01" ? "queried" : "accepted");
    const validated = validatedScore(FIXTURE_FRAMEWORK, evidenced, open);
    expect(validated.pillars.legal).toBeLessThan(scoreAssessment(FIXTURE_FRAMEWORK, evidenced).pillars.legal!);
    expect(validatedScore(FIXTURE_FRAMEWORK, evidenced, () => "not_reviewed")).toEqual(
      scoreAssessment(FIXTURE_FRAMEWORK, evidenced),
    );
  });
});
