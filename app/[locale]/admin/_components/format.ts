import { intlLocale } from "@/lib/i18n/intl";

const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * Dates as "29 Nov 2026", "29 nov. 2026", "29 نوفمبر 2026", in UTC, so the
 * server and the browser render the same text. Through intlLocale rather than
 * next-intl's formatter because English must stay British ("en-GB"), as it was.
 */
export function formatDate(iso: string | null, locale: string): string {
  if (!iso) return "—";
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale(locale), {
      day: "numeric",
      month: "short",
      year: "numeric",
      timeZone: "UTC",
    });
    formats.set(locale, format);
  }
  return format.format(new Date(iso));
}
