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
  ratio: z.number(),
  /** The target in words, e.g. "≤ 2 × baseline" or "≥ 90 score". */
  target: z.string(),
  met: z.boolean(),
});
export type Figure = z.infer<typeof figureSchema>;

export const resultsSchema = z.object({ figures: z.array(figureSchema).min(1) });
export type Results = z.infer<typeof resultsSchema>;

/** One results.json entry: the ratio and whether the target is met are computed, never typed in. */
export function evaluate(name: string, value: number, unit: string, baseline: number, target: Target): Figure {
  const ratio = ratioOf(value, baseline);
  return {
    name,
    value: round(value),
    unit,
    baseline: round(baseline),
    // JSON has no Infinity: a zero baseline with a non-zero value is reported as -1 (and is not met).
    ratio: Number.isFinite(ratio) ? round(ratio) : -1,
    target: describeTarget(target, unit),
    met: isMet(target, value, baseline),
  };
}

function round(n: number): number {
  return Number.isFinite(n) ? Math.round(n * 1000) / 1000 : -1;
}
