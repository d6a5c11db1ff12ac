import { readFileSync } from "node:fs";
import format, { type CompiledMessage } from "icu-minify/format";
import { IntlMessageFormat } from "intl-messageformat";
import { TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { LOCALES, NAMESPACES } from "@/lib/i18n/locales";
import { compileMessages } from "./compiled-messages";

type Tree = { [key: string]: string | Tree };
const load = (locale: string, ns: string): Tree =>
  JSON.parse(readFileSync(new URL(`../../lib/i18n/messages/${locale}/${ns}.json`, import.meta.url), "utf8"));

function leaves(tree: Tree, path = ""): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string" ? [[`${path}${key}`, value] as [string, string]] : leaves(value, `${path}${key}.`),
  );
}

function at(tree: unknown, path: string): unknown {
  return path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], tree);
}

/** A value for each argument a message uses, of the kind it uses it as (a count, a choice, a date, a tag). */
function valuesFor(elements: MessageFormatElement[], values: Record<string, unknown> = {}) {
  for (const element of elements) {
    if (element.type === TYPE.argument) values[element.value] ??= `«${element.value}»`;
    if (element.type === TYPE.number || element.type === TYPE.plural) values[element.value] = 3;
    if (element.type === TYPE.date || element.type === TYPE.time) values[element.value] = new Date(Date.UTC(2026, 5, 1));
    if (element.type === TYPE.select) values[element.value] = Object.keys(element.options)[0];
    if (element.type === TYPE.tag) {
      values[element.value] = (chunks: string[]) => `<${element.value}>${chunks.join("")}</${element.value}>`;
      valuesFor(element.children, values);
    }
    if (element.type === TYPE.plural || element.type === TYPE.select)
      for (const option of Object.values(element.options)) valuesFor(option.value, values);
  }
  return values;
}

const formatters = {
  getDateTimeFormat: (...args: ConstructorParameters<typeof Intl.DateTimeFormat>) => new Intl.DateTimeFormat(...args),
  getNumberFormat: (...args: ConstructorParameters<typeof Intl.NumberFormat>) => new Intl.NumberFormat(...args),
  getPluralRules: (...args: ConstructorParameters<typeof Intl.PluralRules>) => new Intl.PluralRules(...args),
};
const text = (formatted: unknown) => (Array.isArray(formatted) ? formatted.join("") : String(formatted));

describe.each(LOCALES)("the %s catalogue, compiled", (locale) => {
  it.each(NAMESPACES)("%s: every message compiles and formats as the ICU parser formats it", (ns) => {
    const source = load(locale, ns);
    const compiled = compileMessages(source);
    for (const [key, message] of leaves(source)) {
      const reference = new IntlMessageFormat(message, locale);
      const values = valuesFor(reference.getAst());
      const expected = text(reference.format(values as never));
      const actual = text(format(at(compiled, key) as CompiledMessage, locale, values as never, { formatters }));
      expect(actual, `${ns}.${key}`).toBe(expected);
    }
  });
});

describe("compileMessages", () => {
  it("keeps the tree's shape and plain text as it is", () => {
    expect(compileMessages({ a: { b: "Plain", c: "{n, plural, one {# item} other {# items}}" } })).toEqual({
      a: { b: "Plain", c: expect.any(Array) },
    });
  });

  it("builds only plain objects and arrays, which React passes to the browser's components", () => {
    const prototypes = new Set<unknown>();
    const visit = (node: unknown) => {
      if (node === null || typeof node !== "object") return;
      prototypes.add(Object.getPrototypeOf(node));
      Object.values(node).forEach(visit);
    };
    visit(compileMessages({ a: "{n, plural, one {# day} other {# days}}", b: "{s, select, x {X} other {Y}}" }));
    expect([...prototypes]).toEqual(expect.arrayContaining([Object.prototype, Array.prototype]));
    expect(prototypes.size).toBe(2);
  });

  it("refuses a message the ICU syntax cannot read, naming it", () => {
    expect(() => compileMessages({ tokens: { intro: "Send it as Bearer <token>." } })).toThrow(
      "The message tokens.intro is not valid ICU: UNCLOSED_TAG",
    );
  });
});
