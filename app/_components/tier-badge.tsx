import { useTranslations } from "next-intl";
import type { Tier } from "@/lib/framework/types";

/**
 * Tier colours are the --color-tier-N tokens. Written out in full so Tailwind
 * generates every class; always shown beside the tier's number and name, so the
 * colour is never the only thing that tells tiers apart.
 */
export const TIER_BACKGROUND: Record<number, string> = {
  1: "bg-tier-1 text-white",
  2: "bg-tier-2 text-white",
  3: "bg-tier-3 text-ink",
  4: "bg-tier-4 text-ink",
  5: "bg-tier-5 text-white",
};

export const TIER_BORDER: Record<number, string> = {
  1: "border-tier-1",
  2: "border-tier-2",
  3: "border-tier-3",
  4: "border-tier-4",
  5: "border-tier-5",
};

type TierRef = { level: number; name: string };

/**
 * A tier's name in the reader's language. Stored scores keep the English tier
 * name, so the name is looked up by the tier's level.
 */
export function useTierName(): (tier: TierRef) => string {
  const t = useTranslations("common.tierNames");
  return (tier) => (t.has(String(tier.level)) ? t(String(tier.level)) : tier.name);
}

/** "Tier 3 · Establishing" in the reader's language. */
export function useTierLabel(): (tier: TierRef) => string {
  const t = useTranslations("common");
  const tierName = useTierName();
  return (tier) => t("tier", { level: tier.level, name: tierName(tier) });
}

/** "● Tier 3 · Establishing", the dot in the tier's colour. */
export function TierBadge({ tier, className = "" }: { tier: TierRef; className?: string }) {
  const tierLabel = useTierLabel();
  return (
    <span className={`inline-flex items-center gap-2 font-semibold ${className}`}>
      <span
        aria-hidden="true"
        className={`inline-block h-3 w-3 shrink-0 rounded-full ${TIER_BACKGROUND[tier.level] ?? "bg-muted"}`}
      />
      <span>{tierLabel(tier)}</span>
    </span>
  );
}

/**
 * The five tiers as a 0–100 bar with the overall score marked on it, each
 * tier's lowest score written below. The caption says in words where the score lies.
 * The bar runs in the reading direction (0 at the right in Arabic): positions are
 * inline-start offsets, and centring shifts the other way right to left.
 */
export function TierScale({ tiers, overall, label }: { tiers: readonly Tier[]; overall: number; label: string }) {
  const t = useTranslations("results.tierScale");
  const tierLabel = useTierLabel();
  const ascending = [...tiers].sort((a, b) => a.minScore - b.minScore);
  const segments = ascending.map((tier, i) => ({ tier, from: tier.minScore, to: ascending[i + 1]?.minScore ?? 100 }));
  const at = Math.min(100, Math.max(0, overall));
  return (
    <figure className="space-y-1">
      <div className="relative pt-1">
        <div className="flex h-4 overflow-hidden rounded-full text-[10px] font-bold leading-4">
          {segments.map(({ tier, from, to }) => (
            <div
              key={tier.level}
              className={`text-center ${TIER_BACKGROUND[tier.level] ?? "bg-muted"}`}
              style={{ width: `${to - from}%` }}
              title={t("segment", { tier: tierLabel(tier), from, to })}
            >
              {tier.level}
            </div>
          ))}
        </div>
        <div
          aria-hidden="true"
          className="absolute top-0 h-6 w-1.5 -translate-x-1/2 rounded-sm border border-white bg-ink rtl:translate-x-1/2"
          style={{ insetInlineStart: `${at}%` }}
        />
      </div>
      <div aria-hidden="true" className="relative h-4 text-[11px] text-muted">
        {segments.map(({ from }) => (
          <span
            key={from}
            className="absolute -translate-x-1/2 first:translate-x-0 rtl:translate-x-1/2 rtl:first:translate-x-0"
            style={{ insetInlineStart: `${from}%` }}
          >
            {from}
          </span>
        ))}
      </div>
      <figcaption className="sr-only">{label}</figcaption>
    </figure>
  );
}
