import { describe, expect, it } from "vitest";
import {
  columnValue,
  defaultDirection,
  filterRanking,
  rankingToJson,
  rankingView,
  searchKey,
  sortRanking,
  type RankingColumn,
  type SortDirection,
} from "./ranking";
import { unsharedRecord } from "./testing";
import type { CycleScoreRow } from "./types";

function row(iso3: string, name: string, region: string, overall: number | null, extra: Partial<CycleScoreRow> = {}) {
  const shared = overall !== null;
  const level = overall === null ? 0 : overall >= 85 ? 2 : overall >= 55 ? 3 : 4;
  return {
    iso3,
    name,
    region,
    status: shared ? "validated" : "draft",
    overall,
    tier: shared ? { level, name: `Tier ${level}` } : null,
    pillars: shared ? { legal: 100 - overall, technical: overall } : null,
    outcomes: shared ? { "D.3-1": overall / 2 } : null,
    completion: 1,
    scoreKind: shared ? ("self_assessed" as const) : null,
    ...extra,
  } satisfies CycleScoreRow;
}

const rows: CycleScoreRow[] = [
  row("KEN", "Kenya", "africa", 61.5),
  row("CIV", "Côte d'Ivoire", "africa", 40),
  row("EST", "Estonia", "europe", 96),
  row("FRA", "France", "europe", 61.5),
  row("BRA", "Brazil", "americas", null),
  row("IND", "India", "asia-pacific", 88, { status: "submitted" }),
];

const names = (list: readonly CycleScoreRow[]) => list.map((r) => r.iso3);

describe("ranking sort", () => {
  /** The states in the order of a sort, as one string. */
  const order = (column: RankingColumn, direction: SortDirection) =>
    names(sortRanking(rows, { column, direction })).join(" ");

  it("sorts by overall, highest first, ties by name, states without a score last", () => {
    expect(order("overall", "descending")).toBe("EST IND FRA KEN CIV BRA");
  });

  it("keeps states without a score last when ascending too", () => {
    expect(order("overall", "ascending")).toBe("CIV FRA KEN IND EST BRA");
  });

  it("sorts by a pillar, an outcome, tier, region, status and name", () => {
    expect(order("pillar:legal", "descending")).toMatch(/^CIV FRA /);
    expect(order("outcome:D.3-1", "descending")).toMatch(/^EST /);
    expect(order("tier", "ascending")).toBe("EST IND FRA KEN CIV BRA");
    expect(order("region", "ascending")).toBe("CIV KEN BRA IND EST FRA");
    expect(order("status", "ascending")).toBe("BRA IND CIV EST FRA KEN");
    expect(order("name", "descending")).toBe("KEN IND FRA EST CIV BRA");
  });

  it("does not change its input", () => {
    const before = names(rows);
    sortRanking(rows, { column: "overall", direction: "descending" });
    expect(names(rows)).toEqual(before);
  });

  it("opens score columns on the highest first and the others in natural order", () => {
    expect(defaultDirection("overall")).toBe("descending");
    expect(defaultDirection("pillar:legal")).toBe("descending");
    expect(defaultDirection("outcome:D.3-2")).toBe("descending");
    expect(defaultDirection("name")).toBe("ascending");
    expect(defaultDirection("tier")).toBe("ascending");
  });

  it("reads each column's value, null without a shared score", () => {
    const kenya = rows[0]!;
    expect(columnValue(kenya, "region")).toBe("Africa");
    expect(columnValue(kenya, "tier")).toBe(3);
    expect(columnValue(kenya, "outcome:D.3-1")).toBe(30.75);
    expect(columnValue(kenya, "pillar:unknown")).toBeNull();
    expect(columnValue(rows[4]!, "overall")).toBeNull();
    expect(columnValue(rows[4]!, "pillar:legal")).toBeNull();
  });
});

describe("ranking filters", () => {
  it("filters by region, tier and status, together", () => {
    expect(names(filterRanking(rows, { region: "europe" }))).toEqual(["EST", "FRA"]);
    expect(names(filterRanking(rows, { tier: 3 }))).toEqual(["KEN", "FRA"]);
    expect(names(filterRanking(rows, { status: "submitted" }))).toEqual(["IND"]);
    expect(names(filterRanking(rows, { region: "europe", tier: 2 }))).toEqual(["EST"]);
    expect(names(filterRanking(rows, { region: "africa", tier: 2 }))).toEqual([]);
    expect(filterRanking(rows, {})).toHaveLength(rows.length);
  });

  it("searches names ignoring case and accents, and finds an exact ISO code", () => {
    expect(names(filterRanking(rows, { search: "KEN" }))).toEqual(["KEN"]);
    expect(names(filterRanking(rows, { search: "  kenya " }))).toEqual(["KEN"]);
    expect(names(filterRanking(rows, { search: "cote d" }))).toEqual(["CIV"]);
    expect(names(filterRanking(rows, { search: "civ" }))).toEqual(["CIV"]);
    expect(names(filterRanking(rows, { search: "ia" }))).toEqual(["EST", "IND"]);
    expect(searchKey("Türkiye")).toBe("turkiye");
  });

  it("views the filtered rows in the chosen order", () => {
    expect(names(rankingView(rows, { region: "africa" }, { column: "overall", direction: "descending" }))).toEqual([
      "KEN",
      "CIV",
    ]);
  });
});

describe("ranking JSON export", () => {
  it("has the API's records with names, in the given order, at full precision", () => {
    const json = JSON.parse(rankingToJson([rows[2]!, rows[4]!]));
    expect(json).toEqual([
      {
        iso3: "EST",
        name: "Estonia",
        region: "europe",
        status: "validated",
        scoreKind: "self_assessed",
        overall: 96,
        tier: { level: 2, name: "Tier 2" },
        pillars: { legal: 4, technical: 96 },
        outcomes: { "D.3-1": 48 },
      },
      unsharedRecord("BRA", "Brazil", "americas"),
    ]);
    expect(JSON.parse(rankingToJson([]))).toEqual([]);
  });

  it("marks every record demo: true when the rows come from the demo data set", () => {
    const json = JSON.parse(rankingToJson([rows[2]!, rows[4]!], true)) as { iso3: string; demo?: boolean }[];
    expect(json.map((r) => [r.iso3, r.demo])).toEqual([
      ["EST", true],
      ["BRA", true],
    ]);
  });
});
