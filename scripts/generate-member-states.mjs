import fs from "node:fs";
import { createRequire } from "node:module";
const require = createRequire(import.meta.url);
const countries = require("i18n-iso-countries");
const langs = ["en", "fr", "es", "ru", "zh", "ar"];
for (const l of langs) countries.registerLocale(require(`i18n-iso-countries/langs/${l}.json`));

/**
 * UNTERM short names (United Nations terminology database) in the six languages, where they differ from the
 * ITU list's English name or from i18n-iso-countries. Only the languages that differ are listed.
 */
const UNTERM = {
  CPV: { en: "Cabo Verde", fr: "Cabo Verde", zh: "佛得角", ar: "كابو فيردي" },
  CAF: { fr: "République centrafricaine", ru: "Центральноафриканская Республика", zh: "中非共和国" },
  COG: { en: "Congo", fr: "Congo", ru: "Конго", zh: "刚果", ar: "الكونغو" },
  CIV: { en: "Côte d'Ivoire", fr: "Côte d'Ivoire", es: "Côte d'Ivoire", ru: "Кот-д'Ивуар", ar: "كوت ديفوار" },
  COD: { es: "República Democrática del Congo", zh: "刚果民主共和国" },
  SWZ: { fr: "Eswatini", es: "Eswatini", ar: "إسواتيني" },
  GMB: { en: "Gambia" },
  GNB: { es: "Guinea-Bissau", ar: "غينيا - بيساو" },
  KEN: { es: "Kenya" },
  LSO: { es: "Lesotho" },
  MWI: { es: "Malawi", ar: "ملاوي" },
  RWA: { es: "Rwanda" },
  STP: { fr: "Sao Tomé-et-Principe", ar: "سان تومي وبرينسيبي" },
  SYC: { ar: "سيشيل" },
  ZAF: { ru: "Южная Африка" },
  TZA: {
    fr: "République-Unie de Tanzanie",
    es: "República Unida de Tanzanía",
    ru: "Объединенная Республика Танзания",
    zh: "坦桑尼亚联合共和国",
    ar: "جمهورية تنزانيا المتحدة",
  },
  ZWE: { es: "Zimbabwe" },
  BHR: { es: "Bahrein" },
  COM: { ru: "Коморские Острова" },
  DJI: { es: "Djibouti" },
  IRQ: { fr: "Iraq" },
  QAT: { es: "Qatar" },
  SAU: { fr: "Arabie saoudite", ar: "المملكة العربية السعودية" },
  SYR: {
    fr: "République arabe syrienne",
    ru: "Сирийская Арабская Республика",
    zh: "阿拉伯叙利亚共和国",
    ar: "الجمهورية العربية السورية",
  },
  ARE: { fr: "Émirats arabes unis", ru: "Объединенные Арабские Эмираты", zh: "阿拉伯联合酋长国" },
  BHS: { ru: "Багамские Острова", ar: "جزر البهاما" },
  BOL: {
    en: "Bolivia (Plurinational State of)",
    fr: "Bolivie (État plurinational de)",
    es: "Bolivia (Estado Plurinacional de)",
    ru: "Боливия (Многонациональное Государство)",
    zh: "多民族玻利维亚国",
    ar: "بوليفيا (دولة - المتعددة القوميات)",
  },
  DOM: { fr: "République dominicaine", zh: "多米尼加共和国", ar: "الجمهورية الدومينيكية" },
  KNA: { fr: "Saint-Kitts-et-Nevis", ar: "سانت كيتس ونيفس" },
  VCT: { fr: "Saint-Vincent-et-les Grenadines", ar: "سانت فنسنت وجزر غرينادين" },
  TTO: { es: "Trinidad y Tabago" },
  USA: {
    es: "Estados Unidos de América",
    ru: "Соединенные Штаты Америки",
    zh: "美利坚合众国",
    ar: "الولايات المتحدة الأمريكية",
  },
  VEN: {
    en: "Venezuela (Bolivarian Republic of)",
    fr: "Venezuela (République bolivarienne du)",
    es: "Venezuela (República Bolivariana de)",
    ru: "Венесуэла (Боливарианская Республика)",
    zh: "委内瑞拉玻利瓦尔共和国",
    ar: "فنزويلا (جمهورية - البوليفارية)",
  },
  BTN: { es: "Bhután" },
  BRN: { fr: "Brunéi Darussalam", ru: "Бруней-Даруссалам", zh: "文莱达鲁萨兰国", ar: "بروني دار السلام" },
  CHN: { en: "China", ru: "Китай" },
  PRK: {
    en: "Democratic People's Republic of Korea",
    fr: "République populaire démocratique de Corée",
    ru: "Корейская Народно-Демократическая Республика",
    zh: "朝鲜民主主义人民共和国",
    ar: "جمهورية كوريا الشعبية الديمقراطية",
  },
  IDN: { zh: "印度尼西亚" },
  IRN: {
    en: "Iran (Islamic Republic of)",
    fr: "Iran (République islamique d')",
    es: "Irán (República Islámica del)",
    ru: "Иран (Исламская Республика)",
    zh: "伊朗伊斯兰共和国",
    ar: "إيران (جمهورية - الإسلامية)",
  },
  KOR: { en: "Republic of Korea", fr: "République de Corée", zh: "大韩民国", ar: "جمهورية كوريا" },
  LAO: {
    fr: "République démocratique populaire lao",
    es: "República Democrática Popular Lao",
    ru: "Лаосская Народно-Демократическая Республика",
    zh: "老挝人民民主共和国",
    ar: "جمهورية لاو الديمقراطية الشعبية",
  },
  MDV: { ar: "ملديف" },
  FSM: {
    en: "Micronesia (Federated States of)",
    fr: "Micronésie (États fédérés de)",
    es: "Micronesia (Estados Federados de)",
    ru: "Микронезия (Федеративные Штаты)",
    ar: "ميكرونيزيا (ولايات - الموحدة)",
  },
  MMR: { ar: "ميانمار" },
  NZL: { es: "Nueva Zelandia" },
  TLS: { ru: "Тимор-Лешти", ar: "تيمور - ليشتي" },
  VNM: { en: "Viet Nam", fr: "Viet Nam", es: "Viet Nam", ar: "فييت نام" },
  BLR: { fr: "Bélarus", es: "Belarús", ar: "بيلاروس" },
  KAZ: { es: "Kazajstán" },
  KGZ: { ru: "Кыргызстан" },
  RUS: { fr: "Fédération de Russie", es: "Federación de Rusia", zh: "俄罗斯联邦", ar: "الاتحاد الروسي" },
  TKM: { ru: "Туркменистан" },
  BIH: { zh: "波斯尼亚和黑塞哥维那" },
  CZE: { en: "Czechia", fr: "Tchéquie", es: "Chequia", ar: "تشيكيا" },
  NLD: {
    en: "Netherlands (Kingdom of the)",
    fr: "Pays-Bas (Royaume des)",
    es: "Países Bajos (Reino de los)",
    ru: "Нидерланды (Королевство)",
    zh: "荷兰王国",
    ar: "هولندا (مملكة -)",
  },
  MKD: { en: "North Macedonia" },
  TUR: { fr: "Türkiye", es: "Türkiye" },
  GBR: {
    en: "United Kingdom of Great Britain and Northern Ireland",
    fr: "Royaume-Uni de Grande-Bretagne et d'Irlande du Nord",
    es: "Reino Unido de Gran Bretaña e Irlanda del Norte",
    ru: "Соединенное Королевство Великобритании и Северной Ирландии",
    zh: "大不列颠及北爱尔兰联合王国",
    ar: "المملكة المتحدة لبريطانيا العظمى وأيرلندا الشمالية",
  },
  VAT: { en: "Holy See", fr: "Saint-Siège", ru: "Святой Престол", zh: "教廷", ar: "الكرسي الرسولي" },
  MDA: {
    en: "Republic of Moldova",
    fr: "République de Moldova",
    es: "República de Moldova",
    ru: "Республика Молдова",
    zh: "摩尔多瓦共和国",
    ar: "جمهورية مولدوفا",
  },
};
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
  return { iso3, iso2, numeric, region, names: { ...names, en: nameEn, ...UNTERM[iso3] }, ...(note ? { note } : {}) };
});
let ts = `/**
 * The 193 ITU Member States: ISO 3166-1 codes, names in the six ITU languages and BDT region.
 * Generated from the ITU list and i18n-iso-countries, with the UN's official short names (UNTERM) applied
 * over both (scripts/generate-member-states.mjs, table UNTERM);
 * the region here is only the seed value: administrators may change it in the database.
 */
import type { MemberStateRecord } from "./types";

export const MEMBER_STATES: readonly MemberStateRecord[] = ${JSON.stringify(rows, null, 2)};
`;
fs.writeFileSync("lib/reference/member-states.ts", ts);
console.log(rows.length);
