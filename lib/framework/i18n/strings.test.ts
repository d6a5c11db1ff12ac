import { describe, expect, it } from "vitest";
import { RES45_BA2017_V1, RES45_BA2017_V2 } from "..";
import ar from "./ar.json";
import en from "./en.json";
import es from "./es.json";
import fr from "./fr.json";
import ru from "./ru.json";
import zh from "./zh.json";
import v2ar from "./v2/ar.json";
import v2en from "./v2/en.json";
import v2es from "./v2/es.json";
import v2fr from "./v2/fr.json";
import v2ru from "./v2/ru.json";
import v2zh from "./v2/zh.json";
import { frameworkStrings } from "./strings";

/** Every leaf of a nested object with its path (ids such as "D.3-1" contain dots: paths stay arrays). */
function leaves(value: unknown, path: string[] = []): [string[], unknown][] {
  if (value !== null && typeof value === "object")
    return Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, k]));
  return [[path, value]];
}

describe("framework translations", () => {
  it("en.json is up to date with the framework's source (run scripts/extract-framework-strings.ts)", () => {
    expect(en).toEqual(frameworkStrings(RES45_BA2017_V1));
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

describe("framework v2 translations", () => {
  it("v2/en.json is up to date with the v2 source (run scripts/extract-framework-strings.ts)", () => {
    expect(v2en).toEqual(frameworkStrings(RES45_BA2017_V2));
  });

  const english = leaves(v2en).map(([p]) => JSON.stringify(p));
  const all = { ar: v2ar, es: v2es, fr: v2fr, ru: v2ru, zh: v2zh };
  it.each(Object.entries(all))("%s has every key of English and no other, none empty", (_, t) => {
    const translated = leaves(t);
    expect(translated.map(([p]) => JSON.stringify(p)).sort()).toEqual([...english].sort());
    for (const [path, value] of translated) {
      expect(typeof value, path.join(" › ")).toBe("string");
      expect((value as string).trim().length, path.join(" › ")).toBeGreaterThan(0);
    }
  });

  it("uses the agreed terms in every framework string of both versions", () => {
    const text = (o: unknown) => JSON.stringify(o);
    for (const fr of [all.fr, frFile]) {
      expect(text(fr)).not.toMatch(/pédopornographi/);
      expect(text(fr)).toMatch(/matériels d'abus sexuels sur enfants/);
    }
    for (const zhT of [all.zh, zhFile])
      expect([
        zhT.pillars.legal.name,
        zhT.pillars.technical.name,
        zhT.pillars.organizational.name,
        zhT.pillars.cooperation.name,
      ]).toEqual(["法律措施", "技术措施", "组织措施", "合作措施"]);
    for (const esT of [all.es, esFile]) {
      expect(text(esT)).toMatch(/equipo nacional de intervención en caso de incidente informático/);
      expect(text(esT)).not.toMatch(/equipos? (nacional(es)? )?de respuesta a incidentes/);
    }
  });
});

const frFile = fr;
const zhFile = zh;
const esFile = es;
