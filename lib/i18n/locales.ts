/** The six official languages of the ITU, in which the whole product is offered. */
export const LOCALES = ["ar", "zh", "en", "fr", "ru", "es"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

/** Each language named in itself, for the language switcher. */
export const LOCALE_NAMES: Record<Locale, string> = {
  ar: "العربية",
  zh: "中文",
  en: "English",
  fr: "Français",
  ru: "Русский",
  es: "Español",
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

export function directionOf(locale: Locale): "rtl" | "ltr" {
  return locale === "ar" ? "rtl" : "ltr";
}

/** The message files of each language, one per area of the product (lib/i18n/messages/{locale}/{namespace}.json). */
export const NAMESPACES = [
  "common",
  "account",
  "assessment",
  "results",
  "plan",
  "analysis",
  "admin",
  "reference",
] as const;
export type Namespace = (typeof NAMESPACES)[number];
