/**
 * Writes the English strings of each questionnaire version from its TypeScript source (the source of truth):
 * lib/framework/i18n/en.json for v1 and lib/framework/i18n/v2/en.json for v2. Then it builds the v2
 * translations, lib/framework/i18n/v2/{ar,es,fr,ru,zh}.json: a v2 string that v1 also has takes v1's
 * translation (same key first, else the same English text elsewhere); a string new in v2 takes its
 * translation from lib/framework/i18n/v2/added.{locale}.json (keyed by the English text). A string with no
 * translation stops the script with its key. lib/framework/i18n/strings.test.ts checks every key.
 * Run: npx tsx scripts/extract-framework-strings.ts
 */
import { readFileSync, writeFileSync } from "node:fs";
import { RES45_BA2017_V1, RES45_BA2017_V2 } from "../lib/framework";
import { frameworkStrings } from "../lib/framework/i18n/strings";

const dir = new URL("../lib/framework/i18n/", import.meta.url);
const write = (path: string, value: unknown) =>
  writeFileSync(new URL(path, dir), JSON.stringify(value, null, 2) + "\n");
const read = (path: string): unknown => JSON.parse(readFileSync(new URL(path, dir), "utf8"));

const v1En = frameworkStrings(RES45_BA2017_V1);
const v2En = frameworkStrings(RES45_BA2017_V2);
write("en.json", v1En);
write("v2/en.json", v2En);

type Tree = { [key: string]: Tree | string };
const at = (tree: unknown, path: string[]): unknown =>
  path.reduce<unknown>((node, k) => (node && typeof node === "object" ? (node as Tree)[k] : undefined), tree);
function leaves(value: unknown, path: string[] = []): [string[], string][] {
  if (value !== null && typeof value === "object")
    return Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, k]));
  return [[path, value as string]];
}

for (const locale of ["ar", "es", "fr", "ru", "zh"]) {
  const v1 = read(`${locale}.json`);
  const added = read(`v2/added.${locale}.json`) as Record<string, string>;
  const byEnglish = new Map<string, string>();
  for (const [path, english] of leaves(v1En)) {
    const t = at(v1, path);
    if (typeof t === "string" && !byEnglish.has(english)) byEnglish.set(english, t);
  }
  const out: Tree = {};
  for (const [path, english] of leaves(v2En)) {
    const samePath = at(v1En, path) === english ? at(v1, path) : undefined;
    const t = added[english] ?? (typeof samePath === "string" ? samePath : byEnglish.get(english));
    if (typeof t !== "string") throw new Error(`${locale}: no translation for ${path.join(" › ")}: ${english}`);
    let node = out;
    for (const k of path.slice(0, -1)) node = (node[k] ??= {}) as Tree;
    node[path[path.length - 1]!] = t;
  }
  write(`v2/${locale}.json`, out);
}
