import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import zhFramework from "../framework/i18n/v2/zh.json";
import zhAnalysis from "./messages/zh/analysis.json";

/**
 * Terms that must not come back, in every string the application writes or documents: the interface's
 * messages, both questionnaire versions' translations (with v2's added strings) and the documentation.
 */
const ROOT = path.resolve(__dirname, "../..");
const jsonFiles = (dir: string) =>
  fs
    .readdirSync(path.join(ROOT, dir), { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".json"))
    .map((f) => path.join(dir, f));
const SOURCES = [
  ...jsonFiles("lib/i18n/messages"),
  ...jsonFiles("lib/framework/i18n"),
  ...fs
    .readdirSync(path.join(ROOT, "docs"))
    .filter((f) => f.endsWith(".md"))
    .map((f) => path.join("docs", f)),
  "README.md",
];
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), "utf8");
const language = (file: string) => /(?:^|[/.])(ar|en|es|fr|ru|zh)(?:\/|\.json$)/.exec(file)?.[1];

const BANNED: { pattern: RegExp; why: string; only?: string }[] = [
  { pattern: /pédopornograph/i, why: "French: « matériels d'abus sexuels sur enfants »", only: "fr" },
  {
    pattern: /equipos? (nacional(es)? )?de respuesta (a|ante) incidentes/i,
    why: "Spanish: « equipo nacional de intervención en caso de incidente informático » (WTDC Res. 69)",
    only: "es",
  },
  { pattern: /tiers of the GCI/i, why: 'the tiers are "modelled on the GCI 2024 tiers"', only: "en" },
  {
    pattern: /\bRes(olution)?\.? ?45 outcomes?\b/i,
    why: 'outcomes are "ITU-D Strategic Plan outcomes D.3-1 to D.3-3"',
    only: "en",
  },
];

describe("agreed terms", () => {
  it("looks at the message files, both questionnaire versions and the documentation", () => {
    expect(SOURCES.filter((f) => language(f) === "fr").length).toBeGreaterThanOrEqual(10);
    expect(SOURCES).toEqual(expect.arrayContaining(["docs/methodology.md", "lib/framework/i18n/v2/added.fr.json"]));
  });

  it.each(BANNED)("no string uses a replaced term: $why", ({ pattern, only }) => {
    // Files of another language are skipped; docs and English files are read for every rule.
    const files = SOURCES.filter((f) => !only || [only, "en", undefined].includes(language(f)));
    const found = files.flatMap((f) =>
      read(f)
        .split("\n")
        .map((line, i) => ({ where: `${f}:${i + 1}`, line }))
        .filter(({ line }) => pattern.test(line) && !line.includes("not.toMatch")),
    );
    expect(found.map((f) => f.where)).toEqual([]);
  });

  it("names the Chinese pillars with 措施, as the GCI's Chinese texts do, in the short labels too", () => {
    const full = Object.fromEntries(Object.entries(zhFramework.pillars).map(([id, p]) => [id, p.name]));
    expect(full).toMatchObject({
      legal: "法律措施",
      technical: "技术措施",
      organizational: "组织措施",
      cooperation: "合作措施",
    });
    expect(zhAnalysis.ranking.pillarShort).toEqual(full);
  });
});
