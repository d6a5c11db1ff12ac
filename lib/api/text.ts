import { errorCode } from "../errors/schema-message";

/**
 * Postgres stores no U+0000 in text or jsonb, and no unpaired UTF-16 surrogate in
 * jsonb: such text would fail in the database (a 500). The schemas refuse it at
 * the boundary instead, so the client gets a 400 naming the field.
 */
// eslint-disable-next-line no-control-regex -- U+0000 is exactly what this pattern looks for
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function isStorableText(value: string): boolean {
  return !UNSTORABLE.test(value);
}

/** The schema message (an error code, see lib/errors/schema-message.ts) for such text in `field`. */
export function unstorableText(field: string): string {
  return errorCode("validation.unstorable", { field });
}
