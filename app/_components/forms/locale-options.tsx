import { LOCALE_NAMES, LOCALES } from "@/lib/i18n/locales";

/** The six languages as a select's options, each named in itself (and marked with its language). */
export function LocaleOptions() {
  return LOCALES.map((l) => (
    <option key={l} value={l} lang={l}>
      {LOCALE_NAMES[l]}
    </option>
  ));
}
