import { homeForRole, safeReturnPath } from "@/lib/auth/sign-in-rules";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/i18n/locales";

/**
 * Where a user goes after signing in, and in which language. Return paths come
 * without a language ("/account"), so the reader's is added; a path that
 * already names one ("/fr/plan") keeps it rather than gaining a second prefix.
 */
export function afterSignIn(
  next: string | null | undefined,
  role: string,
  readerLocale: string,
): { href: string; locale: Locale } {
  const path = safeReturnPath(next) ?? homeForRole(role);
  const [, first, rest = ""] = /^\/([^/?#]+)(.*)$/.exec(path) ?? [];
  if (isLocale(first)) return { href: rest.startsWith("/") ? rest : `/${rest}`, locale: first };
  return { href: path, locale: isLocale(readerLocale) ? readerLocale : DEFAULT_LOCALE };
}
