/**
 * The shape of bench/results.json, checked with zod before it is written, and
 * the evaluation that turns a measurement into one of its entries.
 */
import { z } from "zod";
import { describeTarget, isMet, ratioOf, type Target } from "./stats";

export const figureSchema = z.object({
  name: z.string().min(1),
  value: z.number(),
  unit: z.string(),
  baseline: z.number(),
  /** value / baseline; null when the baseline is zero and the value is not (no finite ratio). */
  ratio: z.number().nullable(),
  /** The target in words, e.g. "≤ 2 × baseline" or "≥ 90 score". */
  target: z.string(),
  met: z.boolean(),
});
export type Figure = z.infer<typeof figureSchema>;

export const resultsSchema = z.object({ figures: z.array(figureSchema).min(1) });
export type Results = z.infer<typeof resultsSchema>;

/** A figure the run could not measure: the bench run fails with the reason instead of writing a made-up value. */
export class UnmeasuredFigureError extends Error {
  constructor(name: string, reason: string) {
    super(`Figure ${name} could not be measured: ${reason}`);
    this.name = "UnmeasuredFigureError";
  }
}

/**
 * One results.json entry: the ratio and whether the target is met are computed, never typed in.
 * A value or baseline that is not a number (nothing measured) throws `UnmeasuredFigureError`.
 */
export function evaluate(name: string, value: number, unit: string, baseline: number, target: Target): Figure {
  if (!Number.isFinite(value)) throw new UnmeasuredFigureError(name, `its value is ${value}`);
  if (!Number.isFinite(baseline)) throw new UnmeasuredFigureError(name, `its baseline is ${baseline}`);
  const ratio = ratioOf(value, baseline);
  return {
    name,
    value: round(value),
    unit,
    baseline: round(baseline),
    // JSON has no Infinity: a zero baseline with a non-zero value has no ratio (and the target decides alone).
    ratio: Number.isFinite(ratio) ? round(ratio) : null,
    target: describeTarget(target, unit),
    met: isMet(target, value, baseline),
  };
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
