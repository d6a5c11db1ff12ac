import { isLocale, type Locale } from "./locales";

/**
 * The BCP 47 tag Intl formats a language with. Arabic keeps Western digits, as
 * ITU documents and the charts' axes do; Chinese is Simplified.
 */
export function intlLocale(locale: string): string {
  if (!isLocale(locale)) return "en";
  const tags: Record<Locale, string> = {
    ar: "ar-u-nu-latn",
    zh: "zh-CN",
    en: "en-GB",
    fr: "fr-FR",
    ru: "ru-RU",
    es: "es-ES",
  };
  return tags[locale];
}

const cache = new Map<string, Intl.NumberFormat>();

/** A number with exactly `digits` decimals in the language's notation ("45.50", "45,50"). */
export function formatDecimal(value: number, digits: number, locale = "en"): string {
  const key = `${locale}:${digits}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(intlLocale(locale), {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
      useGrouping: false,
    });
    cache.set(key, format);
  }
  return format.format(value);
}
