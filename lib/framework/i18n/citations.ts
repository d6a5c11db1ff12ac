/**
 * Clauses cited as ITU documents cite them in each language: "Resolution 45,
 * recognizing i", « Résolution 45, reconnaissant i) », «القرار 45، وإذ يدرك ط)».
 */
import { isLocale, type Locale } from "../../i18n/locales";
import { clauseById } from "../clauses";

type Parts = Record<string, string>;

const PARTS: Record<Locale, { prefix: string; parts: Parts; bracket: boolean }> = {
  en: {
    prefix: "Resolution 45, ",
    bracket: false,
    parts: {
      recalling: "recalling",
      considering: "considering",
      recognizing: "recognizing",
      noting: "noting",
      resolves: "resolves",
      "instructs BDT": "instructs the Director of BDT",
      "invites Secretary-General": "invites the Secretary-General",
      "requests Secretary-General": "requests the Secretary-General",
      "invites Member States, Sector Members, Associates and Academia":
        "invites Member States, Sector Members, Associates and Academia",
      "invites Member States": "invites Member States",
    },
  },
  fr: {
    prefix: "Résolution 45, ",
    bracket: true,
    parts: {
      recalling: "rappelant",
      considering: "considérant",
      recognizing: "reconnaissant",
      noting: "notant",
      resolves: "décide",
      "instructs BDT": "charge le Directeur du BDT",
      "invites Secretary-General": "invite le Secrétaire général",
      "requests Secretary-General": "charge le Secrétaire général",
      "invites Member States, Sector Members, Associates and Academia":
        "invite les États Membres, les Membres de Secteur, les Associés et les établissements universitaires",
      "invites Member States": "invite les États Membres",
    },
  },
  es: {
    prefix: "Resolución 45, ",
    bracket: true,
    parts: {
      recalling: "recordando",
      considering: "considerando",
      recognizing: "reconociendo",
      noting: "observando",
      resolves: "resuelve",
      "instructs BDT": "encarga al Director de la BDT",
      "invites Secretary-General": "invita al Secretario General",
      "requests Secretary-General": "encarga al Secretario General",
      "invites Member States, Sector Members, Associates and Academia":
        "invita a los Estados Miembros, Miembros de Sector, Asociados e Instituciones Académicas",
      "invites Member States": "invita a los Estados Miembros",
    },
  },
  ru: {
    prefix: "Резолюция 45, ",
    bracket: true,
    parts: {
      recalling: "напоминая",
      considering: "учитывая",
      recognizing: "признавая",
      noting: "отмечая",
      resolves: "решает",
      "instructs BDT": "поручает Директору БРЭ",
      "invites Secretary-General": "предлагает Генеральному секретарю",
      "requests Secretary-General": "поручает Генеральному секретарю",
      "invites Member States, Sector Members, Associates and Academia":
        "предлагает Государствам-Членам, Членам Сектора, Ассоциированным членам и Академическим организациям",
      "invites Member States": "предлагает Государствам-Членам",
    },
  },
  zh: {
    prefix: "第45号决议，",
    bracket: true,
    parts: {
      recalling: "忆及",
      considering: "考虑到",
      recognizing: "认识到",
      noting: "注意到",
      resolves: "做出决议",
      "instructs BDT": "责成电信发展局主任",
      "invites Secretary-General": "请秘书长",
      "requests Secretary-General": "责成秘书长",
      "invites Member States, Sector Members, Associates and Academia": "请各成员国、部门成员、部门准成员和学术成员",
      "invites Member States": "请各成员国",
    },
  },
  ar: {
    prefix: "القرار 45، ",
    bracket: true,
    parts: {
      recalling: "إذ يذكّر",
      considering: "وإذ يضع في اعتباره",
      recognizing: "وإذ يدرك",
      noting: "وإذ يلاحظ",
      resolves: "يقرر",
      "instructs BDT": "يكلف مدير مكتب تنمية الاتصالات",
      "invites Secretary-General": "يدعو الأمين العام",
      "requests Secretary-General": "يكلف الأمين العام",
      "invites Member States, Sector Members, Associates and Academia":
        "يدعو الدول الأعضاء وأعضاء القطاع والمنتسبين والهيئات الأكاديمية",
      "invites Member States": "يدعو الدول الأعضاء",
    },
  },
};

/** Arabic documents letter their items in abjad order. */
const ABJAD: Record<string, string> = {
  a: "أ",
  b: "ب",
  c: "ج",
  d: "د",
  e: "ه",
  f: "و",
  g: "ز",
  h: "ح",
  i: "ط",
  j: "ي",
  k: "ك",
  l: "ل",
  m: "م",
  n: "ن",
};

/** The clause as cited in the reader's language; undefined for an unknown id. */
export function localizedClauseCitation(id: string, locale: string): string | undefined {
  const clause = clauseById(id);
  if (!clause) return undefined;
  const style = PARTS[isLocale(locale) ? locale : "en"];
  const part = style.parts[clause.part] ?? clause.part;
  const lettered = /^[a-z]$/.test(clause.number);
  const number = locale === "ar" && lettered ? (ABJAD[clause.number] ?? clause.number) : clause.number;
  const item = style.bracket && lettered ? `${number})` : number;
  return locale === "zh" ? `${style.prefix}${part}${item}` : `${style.prefix}${part} ${item}`;
}

/**
 * The clause as cited in recommendations and exports, in English, e.g.
 * "Resolution 45, invites Member States 1"; undefined for an unknown id.
 */
export function clauseCitation(id: string): string | undefined {
  return localizedClauseCitation(id, "en");
}
