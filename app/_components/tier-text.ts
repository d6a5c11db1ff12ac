export type TierRef = { level: number; name: string };

/** What this needs of a next-intl translator, from `useTranslations` or `getTranslations`. */
interface Messages {
  (key: string, values?: Record<string, string | number>): string;
  has(key: string): boolean;
}

/**
 * "Tier 2 · Advancing", or "2 · Advancing" under a "Tier" heading, in the
 * reader's language. Stored scores keep the English tier name, so the name is
 * looked up by the tier's level (`common.tierNames`); `tier.name` is the fallback.
 * `shared` is the translator of `analysis.shared`, `names` that of `common.tierNames`.
 */
export function tierText(shared: Messages, names: Messages, tier: TierRef, compact = false): string {
  return shared(compact ? "tierCompact" : "tier", { level: tier.level, name: tierName(names, tier) });
}

/** A tier's name alone in the reader's language, with `tier.name` as the fallback. */
export function tierName(names: Messages, tier: TierRef): string {
  return names.has(String(tier.level)) ? names(String(tier.level)) : tier.name;
}
