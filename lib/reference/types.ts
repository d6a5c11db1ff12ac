export const REGION_IDS = ["africa", "americas", "arab-states", "asia-pacific", "cis", "europe"] as const;
export type RegionId = (typeof REGION_IDS)[number];

export const LANGUAGE_CODES = ["en", "fr", "es", "ru", "zh", "ar"] as const;
export type LanguageCode = (typeof LANGUAGE_CODES)[number];

export interface MemberStateRecord {
  iso3: string;
  iso2: string;
  /** ISO 3166-1 numeric code as a three-digit string ("024"), matching world-atlas ids. */
  numeric: string;
  region: string;
  names: Record<LanguageCode, string>;
  note?: string;
}
