import { toCsv } from "../csv";

export interface ScoreRowForExport {
  iso3: string;
  name: string;
  region: string;
  status: string;
  /** Which score the row shows: `validated` once it exists, else `self_assessed`; null with none. */
  scoreKind: string | null;
  overall: number | null;
  tier: { level: number; name: string } | null;
  pillars: Record<string, number> | null;
  outcomes: Record<string, number> | null;
}

/** The scores as CSV, one row per state, with the precision the rows carry (full from the API, two decimals from the dashboard). */
export function scoresToCsv(
  rows: readonly ScoreRowForExport[],
  pillarIds: readonly string[],
  outcomeIds: readonly string[],
): string {
  const header = [
    "iso3",
    "name",
    "region",
    "status",
    "score_kind",
    "overall",
    "tier_level",
    "tier_name",
    ...pillarIds.map((p) => `pillar_${p}`),
    ...outcomeIds.map((o) => `outcome_${o}`),
  ];
  return toCsv([
    header,
    ...rows.map((r) => [
      r.iso3,
      r.name,
      r.region,
      r.status,
      r.scoreKind,
      r.overall,
      r.tier?.level ?? null,
      r.tier?.name ?? null,
      ...pillarIds.map((p) => r.pillars?.[p] ?? null),
      ...outcomeIds.map((o) => r.outcomes?.[o] ?? null),
    ]),
  ]);
}
