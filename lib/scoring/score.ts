/**
 * The scoring rule (docs/methodology.md states it for readers and outside tools):
 *
 * - a question's credit is its chosen option's credit; where the question
 *   requires evidence and the evidence list is empty, half of it; an unanswered
 *   question (no answer, or value null) earns 0;
 * - pillar score  = 100 × Σ(weight × credit) / Σ(weight) over the pillar's questions;
 *   outcome score = the same over the questions mapped to the outcome;
 *   a pillar or outcome with no questions (or no weight) scores 0;
 * - overall = Σ(pillar weight × pillar score) / Σ(pillar weight);
 * - tier = the tier with the highest minScore ≤ overall (see `tierFor`);
 * - completion = answered questions / all questions.
 *
 * Everything is computed in full double precision; nothing is rounded inside.
 * Only `formatScore` rounds, for display. Tier thresholds and display rounding
 * allow `TIER_TOLERANCE` (1e-9 points) for floating-point representation error.
 *
 * Input handling: validation happens before scoring (in the API and the forms).
 * This engine does not reject anything: an answer whose question id is not in
 * the framework, or whose value is not one of the question's option values, is
 * ignored (as if it were absent); where a question has several answers, the
 * last one that is not ignored counts.
 */
import { formatDecimal } from "../i18n/intl";
import type { Framework, Question, Tier } from "../framework/types";
import { accumulate, compile, fraction, hasNoEvidence, resolveAnswers } from "./compile";
import type { AnswerInput, ScoreResult } from "./types";

/**
 * Tolerance for tier thresholds, in score points. A score is computed as a
 * double, so a score that is mathematically exactly on a threshold (e.g. 85)
 * can come out as 84.99999999999999; such a score reaches the tier. The
 * tolerance is far below anything a real difference in answers can produce
 * and far below display precision: 94.999 or 94.99999 is still Tier 2.
 */
export const TIER_TOLERANCE = 1e-9;

/**
 * The effective credit of one answer to one question. The caller pairs them:
 * `answer.questionId` is not checked. Returns 0 when there is no answer, the
 * value is null, or the value is not one of the question's options.
 */
export function questionCredit(question: Question, answer: AnswerInput | undefined): number {
  if (answer === undefined || answer.value == null) return 0;
  const value = answer.value;
  const option = question.options.find((o) => o.value === value);
  if (option === undefined) return 0;
  return question.evidenceRequired && hasNoEvidence(answer.evidence) ? option.credit * 0.5 : option.credit;
}

/**
 * The tier reached by an overall score: among the framework's tiers, the one
 * with the highest `minScore` that is ≤ `overall` (within `TIER_TOLERANCE`).
 * A score below every threshold (or NaN) gets the tier with the lowest minScore.
 */
export function tierFor(framework: Framework, overall: number): { level: number; name: string } {
  return tierOf(compile(framework).tiersDescending, overall);
}

function tierOf(tiers: readonly Tier[], overall: number): { level: number; name: string } {
  let tier = tiers[tiers.length - 1]!;
  for (const t of tiers) {
    if (overall + TIER_TOLERANCE >= t.minScore) {
      tier = t;
      break;
    }
  }
  return { level: tier.level, name: tier.name };
}

/** Scores one assessment against its framework. See the module comment for the rule. */
export function scoreAssessment(framework: Framework, answers: readonly AnswerInput[]): ScoreResult {
  const c = compile(framework);
  const answeredCount = resolveAnswers(c, answers);
  accumulate(c);

  const pillars: Record<string, number> = {};
  // Overall as 100 × Σ(pw × pillar fraction) / Σ(pw): equal to
  // Σ(pw × pillar score) / Σ(pw), but exactly 100 when every fraction is 1.
  let weighted = 0;
  for (let p = 0; p < c.pillarIds.length; p++) {
    const f = fraction(c.pillarSum[p]!, c.pillarQuestionWeight[p]!);
    pillars[c.pillarIds[p]!] = 100 * f;
    weighted += c.pillarWeight[p]! * f;
  }
  const overall = 100 * fraction(weighted, c.pillarWeightTotal);

  const outcomes: Record<string, number> = {};
  for (let o = 0; o < c.outcomeIds.length; o++) {
    outcomes[c.outcomeIds[o]!] = 100 * fraction(c.outcomeSum[o]!, c.outcomeQuestionWeight[o]!);
  }

  return {
    overall,
    tier: tierOf(c.tiersDescending, overall),
    pillars,
    outcomes,
    completion: c.questionCount > 0 ? answeredCount / c.questionCount : 0,
  };
}

/**
 * A score for display: two decimals, rounded half up, e.g. 72.3456 → "72.35",
 * 45.5 → "45.50". As for tiers, a value within `TIER_TOLERANCE` below a
 * rounding point is taken as that point, so float noise never turns a
 * mathematically exact 12.125 (computed as 12.124999999999998) into "12.12".
 */
export function formatScore(n: number, locale = "en"): string {
  const fixed = (n + TIER_TOLERANCE).toFixed(2);
  // The rounding is toFixed's in every language; Intl only writes the digits and the decimal sign.
  return locale === "en" ? fixed : formatDecimal(Number(fixed), 2, locale);
}
