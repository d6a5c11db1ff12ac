import { REGION_IDS, type RegionId } from "./types";

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

export function regionName(id: string): string {
  return REGIONS.find((r) => r.id === id)?.name ?? id;
}
