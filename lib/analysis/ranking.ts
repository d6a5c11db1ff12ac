/**
 * The ranking table of a cycle: which columns it has, how each sorts, and the
 * filters an analyst can apply. The same functions shape what the table shows
 * and what its CSV and JSON exports contain, so an export is exactly the view.
 */
import { ASSESSMENT_STATUSES, type AssessmentStatus } from "../assessment/status";
import { localizedRegionName } from "../reference/regions";
import type { ShownScoreRow } from "./types";
import { markDemoRecord } from "../demo/marker";

export type RankingColumn =
  "name" | "region" | "status" | "overall" | "tier" | `pillar:${string}` | `outcome:${string}`;

export type SortDirection = "ascending" | "descending";

export interface RankingSort {
  column: RankingColumn;
  direction: SortDirection;
}

export interface RankingFilter {
  region?: string;
  /** A tier level, 1 to 5; states without a shared score have no tier and drop out. */
  tier?: number;
  status?: AssessmentStatus;
  /** Part of the state's name or its ISO alpha-3 code, ignoring case and accents. */
  search?: string;
}

/** Scores open on the highest first; names, regions, statuses and tiers (1 is best) in their natural order. */
export function defaultDirection(column: RankingColumn): SortDirection {
  return column === "overall" || column.startsWith("pillar:") || column.startsWith("outcome:")
    ? "descending"
    : "ascending";
}

/** The value a column sorts by; null where the state has no shared score. */
export function columnValue(row: ShownScoreRow, column: RankingColumn, locale = "en"): string | number | null {
  switch (column) {
    case "name":
      return row.name;
    case "region":
      return localizedRegionName(row.region, locale);
    case "status":
      // Along the assessment's life, not alphabetically by label.
      return ASSESSMENT_STATUSES.indexOf(row.status);
    case "overall":
      return row.overall;
    case "tier":
      return row.tier?.level ?? null;
    default: {
      const [kind, id] = splitColumn(column);
      return (kind === "pillar" ? row.pillars : row.outcomes)?.[id] ?? null;
    }
  }
}

function splitColumn(column: `pillar:${string}` | `outcome:${string}`): ["pillar" | "outcome", string] {
  const at = column.indexOf(":");
  return [column.slice(0, at) as "pillar" | "outcome", column.slice(at + 1)];
}

function compareValues(a: string | number, b: string | number, collator: Intl.Collator): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  return collator.compare(String(a), String(b));
}

/**
 * Rows sorted by a column. States without a value (no shared score) stay at the
 * end in either direction, since "no score" is neither high nor low; ties are
 * broken by name so the order never depends on the input order.
 */
export function sortRanking<T extends ShownScoreRow>(rows: readonly T[], sort: RankingSort, locale = "en"): T[] {
  const sign = sort.direction === "ascending" ? 1 : -1;
  // An explicit collator: the server and the browser must order the rows the same way (hydration).
  const collator = new Intl.Collator(locale);
  return [...rows].sort((a, b) => {
    const va = columnValue(a, sort.column, locale);
    const vb = columnValue(b, sort.column, locale);
    if (va === null || vb === null) {
      if (va !== vb) return va === null ? 1 : -1;
    } else {
      const byValue = compareValues(va, vb, collator);
      if (byValue !== 0) return sign * byValue;
    }
    return collator.compare(a.name, b.name) || a.iso3.localeCompare(b.iso3);
  });
}

/** Lower case without accents, so "cote" finds "Côte d'Ivoire". */
export function searchKey(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().trim();
}

export function filterRanking<T extends ShownScoreRow>(rows: readonly T[], filter: RankingFilter): T[] {
  const query = searchKey(filter.search ?? "");
  return rows.filter(
    (r) =>
      (filter.region === undefined || r.region === filter.region) &&
      (filter.tier === undefined || r.tier?.level === filter.tier) &&
      (filter.status === undefined || r.status === filter.status) &&
      (query === "" || searchKey(r.name).includes(query) || r.iso3.toLowerCase() === query),
  );
}

/** The filtered rows in the chosen order: what the table shows and the exports contain. */
export function rankingView<T extends ShownScoreRow>(
  rows: readonly T[],
  filter: RankingFilter,
  sort: RankingSort,
  locale = "en",
): T[] {
  return sortRanking(filterRanking(rows, filter), sort, locale);
}

/**
 * The rows as JSON: the records of `GET /api/v1/cycles/{cycle}/scores` with the
 * state's name added, scores as the rows carry them (the dashboard's, to the two decimals shown), in the table's order (each with `demo: true` when they come
 * from the demo data set, as the API's do).
 */
export function rankingToJson(rows: readonly ShownScoreRow[], demo = false): string {
  return JSON.stringify(
    rows.map(({ iso3, name, region, status, scoreKind, overall, tier, pillars, outcomes }) =>
      markDemoRecord({ iso3, name, region, status, scoreKind, overall, tier, pillars, outcomes }, demo),
    ),
    null,
    2,
  );
}
