import { formatCredit } from "@/lib/analysis/heatmap";
import { formatDecimal } from "@/lib/i18n/intl";

/**
 * A credit as the heat map writes it, always with two decimals ("0.50"), in the
 * language's notation ("0,50"). Not lib/results' formatCredit: that one drops
 * trailing zeros, and a column of cells reads better aligned.
 */
export function creditText(credit: number, locale: string): string {
  return locale === "en" ? formatCredit(credit) : formatDecimal(credit, 2, locale);
}
