import { describe, expect, it } from "vitest";
import { shownScores, type TwoStoredScores } from "./score-kind";

const self: TwoStoredScores = {
  overall: 80,
  tierLevel: 2,
  tierName: "Advancing",
  pillarScores: { legal: 80 },
  outcomeScores: { "D.3-1": 80 },
  validatedOverall: null,
  validatedTierLevel: null,
  validatedTierName: null,
  validatedPillarScores: null,
  validatedOutcomeScores: null,
};

describe("shownScores", () => {
  it("shows the self-assessed score until the assessment is validated, and says so", () => {
    expect(shownScores(self)).toEqual({
      scoreKind: "self_assessed",
      overall: 80,
      tier: { level: 2, name: "Advancing" },
      pillars: { legal: 80 },
      outcomes: { "D.3-1": 80 },
    });
  });

  it("shows the validated score once it exists", () => {
    const validated = {
      ...self,
      validatedOverall: 70,
      validatedTierLevel: 3,
      validatedTierName: "Establishing",
      validatedPillarScores: { legal: 70 },
      validatedOutcomeScores: { "D.3-1": 70 },
    };
    expect(shownScores(validated)).toEqual({
      scoreKind: "validated",
      overall: 70,
      tier: { level: 3, name: "Establishing" },
      pillars: { legal: 70 },
      outcomes: { "D.3-1": 70 },
    });
  });
});
