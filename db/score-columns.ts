import type { ScoreResult } from "@/lib/scoring";
import type { assessments } from "./schema/index";

/** The score columns of an assessment row, written from one engine result (saves and seeds alike). */
export function scoreColumns(scores: ScoreResult) {
  return {
    overall: scores.overall,
    tierLevel: scores.tier.level,
    tierName: scores.tier.name,
    pillarScores: scores.pillars,
    outcomeScores: scores.outcomes,
    completion: scores.completion,
  };
}
export type ScoreColumns = ReturnType<typeof scoreColumns>;

/** The engine result stored on a row, read back. */
export function storedScores(row: Pick<typeof assessments.$inferSelect, keyof ScoreColumns>): ScoreResult {
  return {
    overall: row.overall,
    tier: { level: row.tierLevel, name: row.tierName },
    pillars: row.pillarScores,
    outcomes: row.outcomeScores,
    completion: row.completion,
  };
}

/** The validated score stored on a row when it was validated (its completion is the self-assessed one), or null. */
export function storedValidatedScores(row: typeof assessments.$inferSelect): ScoreResult | null {
  if (row.validatedOverall === null) return null;
  return {
    overall: row.validatedOverall,
    tier: { level: row.validatedTierLevel ?? 5, name: row.validatedTierName ?? "" },
    pillars: row.validatedPillarScores ?? {},
    outcomes: row.validatedOutcomeScores ?? {},
    completion: row.completion,
  };
}
