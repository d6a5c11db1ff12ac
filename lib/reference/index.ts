export * from "./types";
export * from "./regions";
export { MEMBER_STATES } from "./member-states";

import { MEMBER_STATES as STATES } from "./member-states";
import { LANGUAGE_CODES, type LanguageCode } from "./types";

const byIso3 = new Map(STATES.map((s) => [s.iso3, s]));

/** A Member State's name in one of the six languages (English for another locale); the code itself if unknown. */
export function memberStateName(iso3: string, locale: string): string {
  const state = byIso3.get(iso3);
  if (!state) return iso3;
  const language = (LANGUAGE_CODES as readonly string[]).includes(locale) ? (locale as LanguageCode) : "en";
  return state.names[language] ?? state.names.en;
}
export { collationLocale, sortStatesByName } from "./sort";
