import { useTranslations } from "next-intl";
import { TIER_SWATCH_CLASS } from "./palette";
import { tierText, type TierRef } from "@/app/_components/tier-text";

/** "Tier 2 · Advancing" (or "2 · Advancing") in the reader's language, in a component or a client component. */
export function useTierText(): (tier: TierRef, compact?: boolean) => string {
  const t = useTranslations("analysis.shared");
  const names = useTranslations("common.tierNames");
  return (tier, compact = false) => tierText(t, names, tier, compact);
}

/** A tier as text with its colour as a swatch beside it: the colour never carries the meaning alone. */
export function TierLabel({
  tier,
  compact = false,
}: {
  tier: TierRef | null;
  /** Under a "Tier" heading, the word is left out: "2 · Advancing". */
  compact?: boolean;
}) {
  const text = useTierText();
  if (!tier) return <span className="text-muted">—</span>;
  return (
    <span className="inline-flex items-center gap-1.5 whitespace-nowrap">
      <span
        aria-hidden="true"
        className={`inline-block h-2.5 w-2.5 rounded-sm ${TIER_SWATCH_CLASS[tier.level] ?? ""}`}
      />
      {text(tier, compact)}
    </span>
  );
}
