import type { Framework, Tier } from "../framework/types";
import { TIER_TOLERANCE } from "../scoring";

/**
 * The next tier up from an overall score and how many points it takes to reach
 * it; null at the top tier. Uses the same tolerance as `tierFor`, so a score the
 * engine already places in a tier never shows "0.00 points to go" for it.
 */
export function nextTier(framework: Framework, overall: number): { tier: Tier; points: number } | null {
  const above = [...framework.tiers]
    .sort((a, b) => a.minScore - b.minScore)
    .find((t) => overall + TIER_TOLERANCE < t.minScore);
  return above ? { tier: above, points: above.minScore - overall } : null;
}
