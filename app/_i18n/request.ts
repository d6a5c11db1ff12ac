import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { NAMESPACES, type Locale } from "@/lib/i18n/locales";
import { compileMessages } from "./compiled-messages";
import { routing } from "./routing";

async function loadMessages(locale: Locale) {
  const files = await Promise.all(
    NAMESPACES.map(async (ns) => [ns, (await import(`../../lib/i18n/messages/${locale}/${ns}.json`)).default] as const),
  );
  return compileMessages(Object.fromEntries(files));
}

/** Each language's catalogue is compiled once per process, on its first request. */
const catalogues = new Map<Locale, ReturnType<typeof loadMessages>>();

function messagesOf(locale: Locale) {
  let catalogue = catalogues.get(locale);
  if (!catalogue) {
    catalogue = loadMessages(locale);
    catalogue.catch(() => catalogues.delete(locale));
    catalogues.set(locale, catalogue);
  }
  return catalogue;
}

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return { locale, messages: await messagesOf(locale), timeZone: "UTC" };
});
