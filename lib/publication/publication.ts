/**
 * Publication of a cycle's results (issue 20): BDT sets a publication date for a closed cycle (an embargo
 * until then); each state's focal point decides whether its validated results are published by name.
 * Only a validated assessment of a consenting state, in a cycle whose date has passed, is ever public.
 */

/**
 * The licence of the open data (`/api/v1/public/...`) and of the public profiles. Chosen in session 6 as
 * the usual one for ITU-style open data; the owner may change it here, in this one constant.
 */
export const OPEN_DATA_LICENCE = {
  id: "CC-BY-4.0",
  name: "Creative Commons Attribution 4.0 International",
  url: "https://creativecommons.org/licenses/by/4.0/",
} as const;

/** A cycle's publication as stored: the date BDT set, or null when none is set. */
export interface CyclePublication {
  cycle: number;
  publishAt: Date | null;
}

/** Whether a cycle's results are public at `now`: a date is set and has passed. */
export function isPublished(publishAt: Date | null, now: Date): boolean {
  return publishAt !== null && publishAt.getTime() <= now.getTime();
}

/** A state may give or withdraw its consent until the cycle's publication date (always while none is set). */
export function consentIsOpen(publishAt: Date | null, now: Date): boolean {
  return !isPublished(publishAt, now);
}

/** The cycles whose results are public at `now`, newest first. */
export function publishedCycles(publications: readonly CyclePublication[], now: Date): number[] {
  return publications
    .filter((p) => isPublished(p.publishAt, now))
    .map((p) => p.cycle)
    .sort((a, b) => b - a);
}

export interface StrengthsAndGrowth {
  /** Pillar ids above the state's own mean pillar score, strongest first (at most `count`). */
  strengths: string[];
  /** Pillar ids below it, weakest first (at most `count`). */
  growth: string[];
}

/**
 * Areas of relative strength and of potential growth, as the GCI's country profiles name them: measured
 * against the state's own mean pillar score (not against other states), so a low-scoring state still has
 * strengths and a high-scoring one still has room to grow. Ties keep the questionnaire's order.
 */
export function strengthsAndGrowth(
  pillars: Record<string, number>,
  order: readonly string[],
  count = 2,
): StrengthsAndGrowth {
  const scored = order.filter((id) => typeof pillars[id] === "number").map((id) => ({ id, score: pillars[id]! }));
  if (scored.length === 0) return { strengths: [], growth: [] };
  const mean = scored.reduce((sum, p) => sum + p.score, 0) / scored.length;
  const strengths = scored
    .filter((p) => p.score > mean)
    .sort((a, b) => b.score - a.score)
    .slice(0, count)
    .map((p) => p.id);
  const growth = scored
    .filter((p) => p.score < mean)
    .sort((a, b) => a.score - b.score)
    .slice(0, count)
    .map((p) => p.id);
  return { strengths, growth };
}
