import { useLocale, useTranslations } from "next-intl";
import { formatScore } from "@/lib/scoring";

/**
 * Scores as horizontal bars drawn in HTML (no script, so they print and render at once), each with its
 * name and value in words; the bar grows in the reading direction.
 */
export function ScoreBars({
  rows,
  testId,
}: {
  rows: readonly { id: string; name: string; score: number | undefined }[];
  testId: string;
}) {
  const t = useTranslations("results.public");
  const locale = useLocale();
  return (
    <ul className="space-y-3" data-testid={testId}>
      {rows
        .filter((r): r is { id: string; name: string; score: number } => typeof r.score === "number")
        .map((r) => (
          <li key={r.id} className="grid grid-cols-[minmax(0,14rem)_minmax(0,1fr)_3.5rem] items-center gap-3 text-sm">
            <span className="font-medium text-ink">{r.name}</span>
            <span
              role="img"
              aria-label={t("barLabel", { name: r.name, score: formatScore(r.score, locale) })}
              className="block h-3 overflow-hidden rounded-full bg-line"
            >
              <span className="block h-full rounded-full bg-brand-600" style={{ width: `${r.score}%` }} />
            </span>
            <span className="text-end font-semibold tabular-nums text-brand-900" aria-hidden="true">
              {formatScore(r.score, locale)}
            </span>
          </li>
        ))}
    </ul>
  );
}
