import { intlLocale } from "../i18n/intl";
import { formatScore } from "../scoring";

/**
 * A signed difference of two scores for display, two decimals with the same
 * rounding as `formatScore`: "+3.25", "−1.50" (with a true minus sign), and
 * "±0.00" when the difference rounds to zero.
 */
export function formatScoreChange(delta: number, locale = "en"): string {
  const shown = formatScore(Math.abs(delta), locale);
  if (formatScore(Math.abs(delta)) === "0.00") return `±${shown}`;
  return `${delta > 0 ? "+" : "\u2212"}${shown}`;
}

/** A completion ratio in [0, 1] as a whole percentage, rounded down so that 99.6 % never shows as 100 %. */
export function formatCompletion(ratio: number, locale = "en"): string {
  const percent = Math.floor(Math.min(1, Math.max(0, ratio)) * 100 + 1e-9);
  return locale === "en"
    ? `${percent} %`
    : new Intl.NumberFormat(intlLocale(locale), { style: "percent" }).format(percent / 100);
}

/**
 * A question credit in [0, 1] for display: at most three decimals, no trailing
 * zeros ("0.5", "0.25", "1"); three so that a quarter credit halved for missing
 * evidence shows as 0.125, not as a rounded 0.13.
 */
export function formatCredit(credit: number, locale = "en"): string {
  const rounded = Math.round(credit * 1000) / 1000;
  return locale === "en"
    ? String(rounded)
    : new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: 3 }).format(rounded);
}
