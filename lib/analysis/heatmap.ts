/**
 * The question-by-state matrix of one region's counted assessments: rows are
 * the questionnaire's questions grouped by pillar, columns the states, cells
 * the effective credit each answer earns (as the scoring engine counts it).
 */
import type { Framework, OutcomeId } from "../framework/types";
import { questionCredit } from "../scoring/score";

export interface HeatmapState {
  iso3: string;
  name: string;
}

export interface HeatmapAnswer {
  iso3: string;
  questionId: string;
  value: string | null;
  evidence: string[];
}

export interface HeatmapRow {
  questionId: string;
  text: string;
  outcome: OutcomeId;
  /** One cell per state, in column order: the effective credit in [0, 1], or null when unanswered. */
  credits: (number | null)[];
  /** Mean credit of the answered cells; null when no state answered. */
  mean: number | null;
}

export interface HeatmapMatrix {
  /** Columns, by name. */
  states: HeatmapState[];
  pillars: { id: string; name: string; rows: HeatmapRow[] }[];
}

function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
}

export function heatmapMatrix(
  framework: Framework,
  states: readonly HeatmapState[],
  answers: readonly HeatmapAnswer[],
): HeatmapMatrix {
  const columns = [...states].sort((a, b) => a.name.localeCompare(b.name));
  const answerOf = new Map(answers.map((a) => [`${a.iso3}\u0000${a.questionId}`, a]));
  return {
    states: columns,
    pillars: framework.pillars.map((p) => ({
      id: p.id,
      name: p.name,
      rows: framework.questions
        .filter((q) => q.pillar === p.id)
        .map((q) => {
          const credits = columns.map((s) => {
            const a = answerOf.get(`${s.iso3}\u0000${q.id}`);
            return a === undefined || a.value === null ? null : questionCredit(q, a);
          });
          return {
            questionId: q.id,
            text: q.text,
            outcome: q.outcome,
            credits,
            mean: mean(credits.filter((c): c is number => c !== null)),
          };
        }),
    })),
  };
}

/**
 * Stops of the credit colour scale, after ColorBrewer's YlGnBu (sequential and
 * safe for the common colour-vision deficiencies): light amber for no credit to
 * dark blue for full credit. Neighbouring stops are close in hue, so the
 * interpolation never passes through a grey that could read as "no answer".
 */
export const CREDIT_SCALE: readonly { at: number; rgb: readonly [number, number, number] }[] = [
  { at: 0, rgb: [251, 233, 160] },
  { at: 0.25, rgb: [161, 218, 180] },
  { at: 0.5, rgb: [65, 182, 196] },
  { at: 0.75, rgb: [44, 127, 184] },
  { at: 1, rgb: [37, 52, 148] },
];

function hex(n: number): string {
  return Math.round(n).toString(16).padStart(2, "0");
}

/** The cell colour of a credit in [0, 1] (clamped), interpolated between the scale's stops. */
export function creditColour(credit: number): string {
  const c = Math.min(1, Math.max(0, credit));
  let i = 0;
  while (i < CREDIT_SCALE.length - 2 && c > CREDIT_SCALE[i + 1]!.at) i++;
  const from = CREDIT_SCALE[i]!;
  const to = CREDIT_SCALE[i + 1]!;
  const t = (c - from.at) / (to.at - from.at);
  return `#${from.rgb.map((v, k) => hex(v + t * (to.rgb[k]! - v))).join("")}`;
}

/** A credit for display: the share earned, e.g. 0.5 → "0.50". */
export function formatCredit(credit: number): string {
  return credit.toFixed(2);
}
