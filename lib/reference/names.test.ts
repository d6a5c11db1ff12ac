import { describe, expect, it } from "vitest";
import { LANGUAGE_CODES, MEMBER_STATES, memberStateName, sortStatesByName, type LanguageCode } from "./index";

/** UN official short names (UNTERM), at least twelve per language. */
const KNOWN: Record<LanguageCode, Record<string, string>> = {
  en: {
    KOR: "Republic of Korea",
    RUS: "Russian Federation",
    USA: "United States of America",
    VNM: "Viet Nam",
    TUR: "Türkiye",
    PRK: "Democratic People's Republic of Korea",
    LAO: "Lao People's Democratic Republic",
    IRN: "Iran (Islamic Republic of)",
    BOL: "Bolivia (Plurinational State of)",
    VEN: "Venezuela (Bolivarian Republic of)",
    GBR: "United Kingdom of Great Britain and Northern Ireland",
    MDA: "Republic of Moldova",
    TZA: "United Republic of Tanzania",
    SYR: "Syrian Arab Republic",
    FSM: "Micronesia (Federated States of)",
    CIV: "Côte d'Ivoire",
    CZE: "Czechia",
    NLD: "Netherlands (Kingdom of the)",
    CPV: "Cabo Verde",
    VAT: "Holy See",
  },
  fr: {
    RUS: "Fédération de Russie",
    USA: "États-Unis d'Amérique",
    KOR: "République de Corée",
    PRK: "République populaire démocratique de Corée",
    VNM: "Viet Nam",
    IRN: "Iran (République islamique d')",
    BOL: "Bolivie (État plurinational de)",
    VEN: "Venezuela (République bolivarienne du)",
    GBR: "Royaume-Uni de Grande-Bretagne et d'Irlande du Nord",
    MDA: "République de Moldova",
    TZA: "République-Unie de Tanzanie",
    SYR: "République arabe syrienne",
    LAO: "République démocratique populaire lao",
    CZE: "Tchéquie",
    TUR: "Türkiye",
    BLR: "Bélarus",
  },
  es: {
    USA: "Estados Unidos de América",
    RUS: "Federación de Rusia",
    KOR: "República de Corea",
    VNM: "Viet Nam",
    IRN: "Irán (República Islámica del)",
    BOL: "Bolivia (Estado Plurinacional de)",
    VEN: "Venezuela (República Bolivariana de)",
    GBR: "Reino Unido de Gran Bretaña e Irlanda del Norte",
    MDA: "República de Moldova",
    TZA: "República Unida de Tanzanía",
    SYR: "República Árabe Siria",
    LAO: "República Democrática Popular Lao",
    CZE: "Chequia",
    TUR: "Türkiye",
    KEN: "Kenya",
  },
  ru: {
    USA: "Соединенные Штаты Америки",
    RUS: "Российская Федерация",
    KOR: "Республика Корея",
    PRK: "Корейская Народно-Демократическая Республика",
    IRN: "Иран (Исламская Республика)",
    BOL: "Боливия (Многонациональное Государство)",
    VEN: "Венесуэла (Боливарианская Республика)",
    GBR: "Соединенное Королевство Великобритании и Северной Ирландии",
    MDA: "Республика Молдова",
    TZA: "Объединенная Республика Танзания",
    SYR: "Сирийская Арабская Республика",
    LAO: "Лаосская Народно-Демократическая Республика",
    CHN: "Китай",
  },
  zh: {
    USA: "美利坚合众国",
    RUS: "俄罗斯联邦",
    KOR: "大韩民国",
    PRK: "朝鲜民主主义人民共和国",
    IRN: "伊朗伊斯兰共和国",
    BOL: "多民族玻利维亚国",
    VEN: "委内瑞拉玻利瓦尔共和国",
    GBR: "大不列颠及北爱尔兰联合王国",
    MDA: "摩尔多瓦共和国",
    TZA: "坦桑尼亚联合共和国",
    SYR: "阿拉伯叙利亚共和国",
    LAO: "老挝人民民主共和国",
    VNM: "越南",
  },
  ar: {
    USA: "الولايات المتحدة الأمريكية",
    RUS: "الاتحاد الروسي",
    KOR: "جمهورية كوريا",
    PRK: "جمهورية كوريا الشعبية الديمقراطية",
    GBR: "المملكة المتحدة لبريطانيا العظمى وأيرلندا الشمالية",
    MDA: "جمهورية مولدوفا",
    TZA: "جمهورية تنزانيا المتحدة",
    SYR: "الجمهورية العربية السورية",
    LAO: "جمهورية لاو الديمقراطية الشعبية",
    SAU: "المملكة العربية السعودية",
    VNM: "فييت نام",
    CIV: "كوت ديفوار",
  },
};

describe("Member State names (UNTERM short names)", () => {
  it.each(LANGUAGE_CODES)("%s: at least twelve known UN names", (language) => {
    const known = Object.entries(KNOWN[language]);
    expect(known.length).toBeGreaterThanOrEqual(12);
    for (const [iso3, name] of known) expect(memberStateName(iso3, language), iso3).toBe(name);
  });

  it("keeps no informal name that the UN does not use", () => {
    const informal = [
      "South Korea",
      "North Korea",
      "Russie",
      "США",
      "Vietnam",
      "Czech Republic",
      "Bolivia",
      "Laos",
      "美国",
      "韩国",
      "روسيا",
    ];
    const all = new Set(MEMBER_STATES.flatMap((s) => Object.values(s.names)));
    for (const name of informal) expect(all.has(name), name).toBe(false);
  });
});

describe("sortStatesByName", () => {
  const sample = MEMBER_STATES.filter((s) =>
    ["EGY", "ECU", "ESP", "ZWE", "DEU", "CHN", "USA", "RUS", "KOR", "ARE", "ALB"].includes(s.iso3),
  );
  const order = (language: LanguageCode) => sortStatesByName(sample, language).map((s) => s.names[language]);

  it("sorts accented names among their letter, not by code point (French)", () => {
    const fr = order("fr");
    expect(fr.indexOf("Équateur")).toBeLessThan(fr.indexOf("Zimbabwe"));
    expect(fr.indexOf("Égypte")).toBeLessThan(fr.indexOf("Espagne"));
  });

  it("sorts Chinese by pinyin, not by code point", () => {
    const zh = sortStatesByName(MEMBER_STATES, "zh").map((s) => s.names.zh);
    const byCodePoint = [...zh].sort();
    expect(zh).not.toEqual(byCodePoint);
    // Pinyin: 阿尔巴尼亚 (A'erbaniya) before 德国 (Deguo) before 中国 (Zhongguo); code points put 中 (U+4E2D) first.
    expect(zh.indexOf("阿尔巴尼亚")).toBeLessThan(zh.indexOf("德国"));
    expect(zh.indexOf("德国")).toBeLessThan(zh.indexOf("中国"));
  });

  it("sorts Arabic by Arabic collation, ignoring the article's position only as the language does", () => {
    const ar = sortStatesByName(MEMBER_STATES, "ar").map((s) => s.names.ar);
    expect(ar).toHaveLength(193);
    const collator = new Intl.Collator("ar");
    for (let i = 1; i < ar.length; i++) expect(collator.compare(ar[i - 1]!, ar[i]!)).toBeLessThanOrEqual(0);
  });

  it("is pure and keeps every state", () => {
    const before = MEMBER_STATES.map((s) => s.iso3);
    for (const language of LANGUAGE_CODES) expect(sortStatesByName(MEMBER_STATES, language)).toHaveLength(193);
    expect(MEMBER_STATES.map((s) => s.iso3)).toEqual(before);
  });
});
