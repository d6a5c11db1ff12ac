import type { LanguageCode, MemberStateRecord } from "./types";

/** The collation locale for a language: Chinese by pinyin, the others by their language's default rules. */
export function collationLocale(language: LanguageCode): string {
  return language === "zh" ? "zh-u-co-pinyin" : language;
}

/**
 * The states sorted by their name in a language, with that language's collation (Intl.Collator): Arabic by
 * Arabic rules, Chinese by pinyin, and accents, case and punctuation handled as the language does (so
 * "Équateur" sorts among the E, not after "Zimbabwe"). Ties (none in the data) fall back to the ISO code.
 * Pure: returns a new array.
 */
export function sortStatesByName<T extends Pick<MemberStateRecord, "iso3" | "names">>(
  states: readonly T[],
  language: LanguageCode,
): T[] {
  const collator = new Intl.Collator(collationLocale(language), { sensitivity: "base", numeric: true });
  return [...states].sort(
    (a, b) =>
      collator.compare(a.names[language], b.names[language]) || (a.iso3 < b.iso3 ? -1 : a.iso3 > b.iso3 ? 1 : 0),
  );
}
