import { REGION_IDS, type LanguageCode, type RegionId } from "./types";

/** BDT regions with the names used in ITU-D documents. */
export const REGIONS: readonly { id: RegionId; name: string }[] = [
  { id: "africa", name: "Africa" },
  { id: "americas", name: "Americas" },
  { id: "arab-states", name: "Arab States" },
  { id: "asia-pacific", name: "Asia-Pacific" },
  { id: "cis", name: "CIS" },
  { id: "europe", name: "Europe" },
];

export function isRegionId(value: string): value is RegionId {
  return (REGION_IDS as readonly string[]).includes(value);
}

const REGION_NAMES: Record<Exclude<LanguageCode, "en">, Record<RegionId, string>> = {
  fr: {
    africa: "Afrique",
    americas: "Amériques",
    "arab-states": "États arabes",
    "asia-pacific": "Asie-Pacifique",
    cis: "CEI",
    europe: "Europe",
  },
  es: {
    africa: "África",
    americas: "Américas",
    "arab-states": "Estados Árabes",
    "asia-pacific": "Asia-Pacífico",
    cis: "CEI",
    europe: "Europa",
  },
  ru: {
    africa: "Африка",
    americas: "Северная и Южная Америка",
    "arab-states": "Арабские государства",
    "asia-pacific": "Азиатско-Тихоокеанский регион",
    cis: "СНГ",
    europe: "Европа",
  },
  zh: {
    africa: "非洲",
    americas: "美洲",
    "arab-states": "阿拉伯国家",
    "asia-pacific": "亚太",
    cis: "独联体",
    europe: "欧洲",
  },
  ar: {
    africa: "أفريقيا",
    americas: "الأمريكتان",
    "arab-states": "الدول العربية",
    "asia-pacific": "آسيا والمحيط الهادئ",
    cis: "كومنولث الدول المستقلة",
    europe: "أوروبا",
  },
};

/** The region's name in one of the six languages (English by default); the id itself if unknown. */
export function localizedRegionName(id: string, locale: string): string {
  if (locale !== "en" && locale in REGION_NAMES && isRegionId(id))
    return REGION_NAMES[locale as keyof typeof REGION_NAMES][id];
  return regionName(id);
}

export function regionName(id: string): string {
  return REGIONS.find((r) => r.id === id)?.name ?? id;
}
