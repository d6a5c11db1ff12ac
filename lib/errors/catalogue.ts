import en from "../i18n/messages/en/errors.json" with { type: "json" };

/**
 * The English catalogue is the list of codes: a code exists when it has an
 * English message, and the parity test of lib/i18n/messages.test.ts makes every
 * other language carry the same codes with the same placeholders.
 */
type Flatten<T, P extends string = ""> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Flatten<T[K], `${P}${K}.`>;
}[keyof T & string];

type Codes = Exclude<Flatten<typeof en>, `status.${string}`>;

function flatten(tree: Record<string, unknown>, prefix = ""): Record<string, string> {
  return Object.fromEntries(
    Object.entries(tree).flatMap(([key, value]) =>
      typeof value === "string"
        ? [[`${prefix}${key}`, value]]
        : Object.entries(flatten(value as Record<string, unknown>, `${prefix}${key}.`)),
    ),
  );
}

/** Words put into messages (the `status.*` group) are not codes. */
export const ERROR_MESSAGES_EN = Object.fromEntries(
  Object.entries(flatten(en)).filter(([key]) => !key.startsWith("status.")),
) as Record<Codes, string>;

export type MessageTree = typeof en;
export { flatten as flattenMessages };
