/**
 * Which of an assessment's two scores a comparison shows (docs/methodology.md, "Two scores"): the validated
 * score once BDT validated the assessment, the self-assessed one before. Every row says which.
 */
export const SCORE_KINDS = ["self_assessed", "validated"] as const;
export type ScoreKind = (typeof SCORE_KINDS)[number];

export interface TwoStoredScores {
  overall: number;
  tierLevel: number;
  tierName: string;
  pillarScores: Record<string, number>;
  outcomeScores: Record<string, number>;
  validatedOverall: number | null;
  validatedTierLevel: number | null;
  validatedTierName: string | null;
  validatedPillarScores: Record<string, number> | null;
  validatedOutcomeScores: Record<string, number> | null;
}

/** The score a comparison shows, and its kind. */
export function shownScores(row: TwoStoredScores): {
  scoreKind: ScoreKind;
  overall: number;
  tier: { level: number; name: string };
  pillars: Record<string, number>;
  outcomes: Record<string, number>;
} {
  if (row.validatedOverall === null)
    return {
      scoreKind: "self_assessed",
      overall: row.overall,
      tier: { level: row.tierLevel, name: row.tierName },
      pillars: row.pillarScores,
      outcomes: row.outcomeScores,
    };
  return {
    scoreKind: "validated",
    overall: row.validatedOverall,
    tier: { level: row.validatedTierLevel ?? row.tierLevel, name: row.validatedTierName ?? row.tierName },
    pillars: row.validatedPillarScores ?? {},
    outcomes: row.validatedOutcomeScores ?? {},
  };
}
