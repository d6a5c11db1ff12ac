import fs from "node:fs";
import { createRequire } from "node:module";
const require = createRequire(import.meta.url);
const countries = require("i18n-iso-countries");
const langs = ["en", "fr", "es", "ru", "zh", "ar"];
for (const l of langs) countries.registerLocale(require(`i18n-iso-countries/langs/${l}.json`));
const csv = fs
  .readFileSync(process.argv[2] ?? "../shared/reference/itu-member-states.csv", "utf8")
  .trim()
  .split("\n")
  .slice(1);
function parse(line) {
  const out = [];
  let cur = "",
    q = false;
  for (const c of line) {
    if (c === '"') q = !q;
    else if (c === "," && !q) {
      out.push(cur);
      cur = "";
    } else cur += c;
  }
  out.push(cur);
  return out;
}
const rows = csv.map((l) => {
  const [iso3, iso2, numeric, nameEn, region, note] = parse(l);
  const names = {};
  for (const lg of langs) {
    const n = countries.getName(iso2, lg, { select: "official" });
    if (!n) throw new Error(`${iso2} ${lg}`);
    names[lg] = n;
  }
  return { iso3, iso2, numeric, region, names: { ...names, en: nameEn }, ...(note ? { note } : {}) };
});
let ts = `/**
 * The 193 ITU Member States: ISO 3166-1 codes, names in the six ITU languages and BDT region.
 * Generated once from the ITU list and i18n-iso-countries (scripts/generate-member-states.mjs);
 * the region here is only the seed value: administrators may change it in the database.
 */
import type { MemberStateRecord } from "./types";

export const MEMBER_STATES: readonly MemberStateRecord[] = ${JSON.stringify(rows, null, 2)};
`;
fs.writeFileSync("lib/reference/member-states.ts", ts);
console.log(rows.length);
