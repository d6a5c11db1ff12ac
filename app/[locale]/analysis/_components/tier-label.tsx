import { TIER_SWATCH_CLASS } from "../_lib/palette";

/** A tier as text with its colour as a swatch beside it: the colour never carries the meaning alone. */
export function TierLabel({
  tier,
  compact = false,
}: {
  tier: { level: number; name: string } | null;
  /** Under a "Tier" heading, the word is left out: "2 · Advancing". */
  compact?: boolean;
}) {
  if (!tier) return <span className="text-muted">—</span>;
  return (
    <span className="inline-flex items-center gap-1.5 whitespace-nowrap">
      <span
        aria-hidden="true"
        className={`inline-block h-2.5 w-2.5 rounded-sm ${TIER_SWATCH_CLASS[tier.level] ?? ""}`}
      />
      {`${compact ? "" : "Tier "}${tier.level} · ${tier.name}`}
    </span>
  );
}
