import { useTranslations } from "next-intl";
import type { ErrorParams } from "@/lib/errors/app-error";
import { parseCodedMessage } from "@/lib/errors/schema-message";

interface ErrorsTranslator {
  (key: string, values?: ErrorParams): string;
  has(key: string): boolean;
}

/** `message` in the reader's words when it is a code of the `errors` catalogue (with its values); any other message as it is. */
export function errorCodeText(t: ErrorsTranslator, message: string): string {
  const coded = parseCodedMessage(message);
  return coded && t.has(coded.code) ? t(coded.code, coded.params) : message;
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
