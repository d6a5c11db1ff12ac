import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { LOCALES, NAMESPACES } from "./locales";

function load(locale: string, ns: string): unknown {
  return JSON.parse(readFileSync(new URL(`./messages/${locale}/${ns}.json`, import.meta.url), "utf8"));
}

/** Every leaf with its path; paths stay arrays because keys may contain dots. */
function leaves(value: unknown, path: string[] = []): [string, unknown][] {
  if (value !== null && typeof value === "object")
    return Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, k]));
  return [[JSON.stringify(path), value]];
}

/**
 * The ICU arguments a message uses ({count}, {name}, …), so a translation cannot drop or rename one. A small
 * parser rather than a pattern: a plural branch such as "{administrateur}" is text, not an argument.
 */
function argumentsOf(message: string): string[] {
  const found = new Set<string>();
  let i = 0;
  const skipSpace = () => {
    while (/\s/.test(message[i] ?? "")) i++;
  };
  const word = () => {
    skipSpace();
    const start = i;
    while (i < message.length && !/[\s,{}]/.test(message[i]!)) i++;
    return message.slice(start, i);
  };
  // Reads message text up to the "}" that closes it (or the end), collecting the arguments it uses.
  const text = (): void => {
    while (i < message.length && message[i] !== "}") {
      if (message[i] === "'" && message[i + 1] === "'") i += 2;
      else if (message[i] === "{") {
        i++;
        argument();
      } else i++;
    }
  };
  const argument = (): void => {
    const name = word();
    if (/^[A-Za-z0-9_]+$/.test(name)) found.add(name);
    skipSpace();
    if (message[i] === ",") {
      i++;
      const type = word();
      skipSpace();
      if (["plural", "select", "selectordinal"].includes(type) && message[i] === ",") {
        i++;
        for (;;) {
          skipSpace();
          if (message[i] === "}" || i >= message.length) break;
          word(); // the branch's selector: one, other, =0, offset:1 …
          skipSpace();
          if (message[i] !== "{") continue;
          i++;
          text();
          i++; // the branch's closing brace
        }
      } else {
        while (i < message.length && message[i] !== "}") i++; // a number/date style: not an argument
      }
    }
    i++; // the argument's closing brace
  };
  text();
  return [...found].sort();
}

describe("argumentsOf", () => {
  it("finds arguments, not plural branches", () => {
    expect(argumentsOf("{count, plural, one {# {role}} other {administrateurs}} de {name}")).toEqual([
      "count",
      "name",
      "role",
    ]);
    expect(argumentsOf("{role, select, admin {administrateur} other {autre}}")).toEqual(["role"]);
  });
});

describe.each(NAMESPACES)("messages %s", (ns) => {
  const english = new Map(leaves(load("en", ns)));

  it.each(LOCALES.filter((l) => l !== "en"))(
    "%s has exactly English's keys, each non-empty with its arguments",
    (locale) => {
      const translated = new Map(leaves(load(locale, ns)));
      expect([...translated.keys()].sort()).toEqual([...english.keys()].sort());
      for (const [key, value] of translated) {
        expect(typeof value, key).toBe("string");
        expect((value as string).trim(), key).not.toBe("");
        expect(argumentsOf(value as string), key).toEqual(argumentsOf(english.get(key) as string));
      }
    },
  );
});
