import "server-only";
import { getLocale } from "next-intl/server";
import { errorMessage, type AppError } from "@/lib/errors";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";

/** A refusal as a page shows it: its message in the page's language. */
export async function errorText(error: AppError): Promise<string> {
  const locale = await getLocale();
  return errorMessage(isLocale(locale) ? locale : DEFAULT_LOCALE, error.code, error.params);
}
