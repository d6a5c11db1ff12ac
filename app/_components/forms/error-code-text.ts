import { useTranslations } from "next-intl";

/** What an error code looks like (`validation.cycle_year`); the `status.*` words of errors.json are not codes. */
const ERROR_CODE = /^(?!status\.)[a-z_]+\.[a-z0-9_]+$/;

interface ErrorsTranslator {
  (key: string): string;
  has(key: string): boolean;
}

/** `message` in the reader's words when it is a code of the `errors` catalogue; any other message as it is. */
export function errorCodeText(t: ErrorsTranslator, message: string): string {
  return ERROR_CODE.test(message) && t.has(message) ? t(message) : message;
}

/**
 * Writes a form message in the page's language when it is an error code of
 * lib/i18n/messages/{locale}/errors.json (a zod schema's message, checked in the
 * browser by the zod resolver); any other message (the server's, already in the
 * reader's language) is shown as it is. The `errors` namespace is on every page.
 */
export function useErrorCodeText(): (message: string) => string {
  const t = useTranslations("errors");
  return (message) => errorCodeText(t, message);
}
