import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { NAMESPACES, type Locale } from "@/lib/i18n/locales";
import { routing } from "./routing";

async function loadMessages(locale: Locale) {
  const files = await Promise.all(
    NAMESPACES.map(async (ns) => [ns, (await import(`../../lib/i18n/messages/${locale}/${ns}.json`)).default] as const),
  );
  return Object.fromEntries(files);
}

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return { locale, messages: await loadMessages(locale), timeZone: "UTC" };
});
