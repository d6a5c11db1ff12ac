import { TIER_SWATCH_CLASS } from "../../_lib/palette";
import { NO_SCORE_FILL, NOT_MEMBER_FILL, NoScorePattern } from "./map-patterns";

/** The map's key: each tier's colour with its name and score range, and the two kinds of grey. */
export function MapLegend({ tiers }: { tiers: { level: number; name: string; minScore: number }[] }) {
  const ordered = [...tiers].sort((a, b) => b.minScore - a.minScore);
  return (
    <ul aria-label="Map legend" className="flex flex-wrap gap-x-5 gap-y-2 text-xs text-ink">
      {ordered.map((t, i) => {
        const upper = i === 0 ? 100 : ordered[i - 1]!.minScore;
        return (
          <li key={t.level} className="flex items-center gap-2">
            <span aria-hidden="true" className={`h-3.5 w-5 rounded-sm ${TIER_SWATCH_CLASS[t.level] ?? ""}`} />
            Tier {t.level} · {t.name} ({t.minScore}–{upper})
          </li>
        );
      })}
      <li className="flex items-center gap-2">
        <svg aria-hidden="true" width="20" height="14" className="rounded-sm border border-line">
          <defs>
            <NoScorePattern id="legend-no-score" />
          </defs>
          <rect width="20" height="14" fill={NO_SCORE_FILL("legend-no-score")} />
        </svg>
        No counted score (hatched)
      </li>
      <li className="flex items-center gap-2">
        <span
          aria-hidden="true"
          className="h-3.5 w-5 rounded-sm border border-line"
          style={{ background: NOT_MEMBER_FILL }}
        />
        Not an ITU Member State
      </li>
      <li className="text-muted">A score on a boundary reaches the higher tier.</li>
    </ul>
  );
}
