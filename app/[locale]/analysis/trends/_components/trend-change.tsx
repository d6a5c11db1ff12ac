import { useLocale, useTranslations } from "next-intl";
import { trendChange, type TrendPoint } from "@/lib/analysis/trends";
import { formatScore } from "@/lib/scoring";

/** "Overall +4.12 points (up) from 2024 to 2026": the direction in words and sign, not in colour alone. */
export function TrendChange({ points }: { points: TrendPoint[] }) {
  const t = useTranslations("analysis.trends.change");
  const locale = useLocale();
  const change = trendChange(points, "overall");
  const withValue = points.filter((p) => p.values.overall !== null);
  if (change === null) return <p className="text-sm text-muted">{t("tooFew")}</p>;
  // The sign follows the unrounded change, as the word does: a rise of 0.001 reads "+0.00 (up)".
  const sign = change > 0 ? "+" : change < 0 ? "−" : "±";
  const key = change > 0 ? "up" : change < 0 ? "down" : "unchanged";
  return (
    <p className="text-sm">
      {t.rich(key, {
        change: `${sign}${formatScore(Math.abs(change), locale)}`,
        from: String(withValue[0]!.cycle),
        to: String(withValue.at(-1)!.cycle),
        strong: (chunks) => <strong className="tabular-nums">{chunks}</strong>,
      })}
    </p>
  );
}
