import { defineRouting } from "next-intl/routing";
import { DEFAULT_LOCALE, LOCALES } from "@/lib/i18n/locales";

/**
 * Every page lives under its language (/en/…, /fr/…, /ar/…). A first visit
 * without one goes to the browser's preferred language; the choice is then
 * remembered in a cookie.
 */
export const routing = defineRouting({
  locales: LOCALES,
  defaultLocale: DEFAULT_LOCALE,
  localePrefix: "always",
});
