import { describe, expect, it } from "vitest";
import { CURRENT_FRAMEWORK } from "..";
import ar from "./ar.json";
import en from "./en.json";
import es from "./es.json";
import fr from "./fr.json";
import ru from "./ru.json";
import zh from "./zh.json";
import { frameworkStrings } from "./strings";

/** Every leaf of a nested object with its path (ids such as "D.3-1" contain dots: paths stay arrays). */
function leaves(value: unknown, path: string[] = []): [string[], unknown][] {
  if (value !== null && typeof value === "object")
    return Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, k]));
  return [[path, value]];
}

describe("framework translations", () => {
  it("en.json is up to date with the framework's source (run scripts/extract-framework-strings.ts)", () => {
    expect(en).toEqual(frameworkStrings(CURRENT_FRAMEWORK));
  });

  const english = leaves(en).map(([p]) => JSON.stringify(p));
  it.each(Object.entries({ ar, es, fr, ru, zh }))("%s has every key of English and no other, none empty", (_, t) => {
    const translated = leaves(t);
    expect(translated.map(([p]) => JSON.stringify(p)).sort()).toEqual([...english].sort());
    for (const [path, value] of translated) {
      expect(typeof value, path.join(" › ")).toBe("string");
      expect((value as string).trim().length, path.join(" › ")).toBeGreaterThan(0);
    }
  });
});
