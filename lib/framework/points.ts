import { formatDecimal } from "../i18n/intl";
import type { Framework, Question } from "./types";

/**
 * Points: a question's maximum contribution to the overall score, out of 100.
 *
 * The scoring rule (lib/scoring/score.ts) is overall = Σ_p pw_p × (Σ_i w_i × c_i / W_p) / Σ pw, where pw_p is
 * the pillar weight, w_i the question weight, c_i the effective credit and W_p = Σ w_i over the pillar.
 * Expanding it gives overall = Σ_i c_i × points_i with
 *
 *   points_i = 100 × (pw_p / Σ pw) × (w_i / W_p),
 *
 * so with five equal pillars every pillar carries 20 points, shared in proportion to weight.
 */
export function questionPoints(framework: Framework, question: Question): number {
  const pillarWeightTotal = framework.pillars.reduce((s, p) => s + p.weight, 0);
  const pillar = framework.pillars.find((p) => p.id === question.pillar);
  const inPillar = framework.questions.filter((q) => q.pillar === question.pillar).reduce((s, q) => s + q.weight, 0);
  if (!pillar || pillarWeightTotal <= 0 || inPillar <= 0) return 0;
  return (100 * pillar.weight * question.weight) / (pillarWeightTotal * inPillar);
}

/** The framework with `points` set on every question from the weights (a new object; the input is not changed). */
export function withPoints(framework: Framework): Framework {
  return {
    ...framework,
    questions: framework.questions.map((q) => ({ ...q, points: questionPoints(framework, q) })),
  };
}

/** Σ weights of each pillar's questions. */
export function pillarWeightSums(framework: Framework): Record<string, number> {
  const sums: Record<string, number> = {};
  for (const p of framework.pillars) sums[p.id] = 0;
  for (const q of framework.questions) sums[q.pillar] = (sums[q.pillar] ?? 0) + q.weight;
  return sums;
}

/**
 * Points for display: two decimals, half up, e.g. 1.81818… → "1.82" (in another language with its decimal
 * sign: "1,82"). Rounded points need not add up to exactly 100 on screen; the score is always computed from
 * the unrounded values.
 */
export function formatPoints(points: number, locale = "en"): string {
  const fixed = (points + 1e-9).toFixed(2);
  return locale === "en" ? fixed : formatDecimal(Number(fixed), 2, locale);
}
