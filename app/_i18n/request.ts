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

type Catalogue = Awaited<ReturnType<typeof loadMessages>>;

/**
 * Each language's catalogue, compiled once per process on its first request. Once compiled, the catalogue is
 * kept rather than the promise, which would keep the first request's async context (and its page) alive with it.
 */
const catalogues = new Map<Locale, Catalogue | Promise<Catalogue>>();

function messagesOf(locale: Locale): Catalogue | Promise<Catalogue> {
  const known = catalogues.get(locale);
  if (known) return known;
  const loading = loadMessages(locale);
  catalogues.set(locale, loading);
  loading.then(
    (catalogue) => catalogues.set(locale, catalogue),
    () => catalogues.delete(locale),
  );
  return loading;
}

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return { locale, messages: await messagesOf(locale), timeZone: "UTC" };
});
