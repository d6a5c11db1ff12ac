/**
 * A cycle's scores as the dashboard sends them to the browser, once: the map, its table, the spread
 * chart and its table, and the ranking are all drawn from this one data set there. Compact on the wire:
 * scores to the two decimals the pages show, a tier by its level only (the tier list travels once),
 * pillar and outcome scores as arrays in the order of their id lists, and the English name only where
 * it differs from the shown one. The REST API's exports keep full precision; the page's own downloads
 * carry what the page shows.
 */
import type { AssessmentStatus } from "../assessment/status";
import { TIER_TOLERANCE } from "../scoring";
import { isCounted, type Include } from "./counting";
import type { ScoreKind } from "./score-kind";
import type { CycleScoreRow, ShownScoreRow } from "./types";

/** A tier with its name in the reader's language, and in English for the downloads (stored scores name it in English). */
export interface DatasetTier {
  level: number;
  name: string;
  englishName: string;
  minScore: number;
}

export interface DatasetRow {
  iso3: string;
  /** In the reader's language. */
  name: string;
  /** Only where it differs from `name`. */
  englishName?: string;
  region: string;
  status: AssessmentStatus;
  scoreKind: ScoreKind | null;
  overall: number | null;
  /** The tier's level; null with no score shown. */
  tier: number | null;
  /** In the order of the data set's `pillarIds`. */
  pillars: number[] | null;
  /** In the order of the data set's `outcomeIds`. */
  outcomes: number[] | null;
}

export interface CycleDataset {
  pillarIds: string[];
  outcomeIds: string[];
  tiers: DatasetTier[];
  rows: DatasetRow[];
}

/** A row as the dashboard's browser code reads it: the shown name, the English one for the downloads. */
export type NamedScoreRow = ShownScoreRow & { englishName: string };

/**
 * A score as it travels to the page: the two decimals `formatScore` shows, so that every figure drawn from
 * it reads as the full value would.
 */
export function wireScore(score: number): number {
  return Number((score + TIER_TOLERANCE).toFixed(2));
}

function inOrder(scores: Record<string, number> | null, ids: readonly string[]): number[] | null {
  return scores && ids.map((id) => wireScore(scores[id] ?? 0));
}

/** `rows` name each state in the reader's language (`name`) and in English (`englishName`). */
export function packCycleDataset(
  rows: readonly (CycleScoreRow & { englishName: string })[],
  pillarIds: readonly string[],
  outcomeIds: readonly string[],
  tiers: readonly DatasetTier[],
): CycleDataset {
  return {
    pillarIds: [...pillarIds],
    outcomeIds: [...outcomeIds],
    tiers: tiers.map(({ level, name, englishName, minScore }) => ({ level, name, englishName, minScore })),
    rows: rows.map((r) => ({
      iso3: r.iso3,
      name: r.name,
      ...(r.englishName === r.name ? {} : { englishName: r.englishName }),
      region: r.region,
      status: r.status,
      scoreKind: r.scoreKind,
      overall: r.overall === null ? null : wireScore(r.overall),
      tier: r.tier?.level ?? null,
      pillars: inOrder(r.pillars, pillarIds),
      outcomes: inOrder(r.outcomes, outcomeIds),
    })),
  };
}

function byId(values: readonly number[] | null, ids: readonly string[]): Record<string, number> | null {
  return values && Object.fromEntries(ids.map((id, i) => [id, values[i]!]));
}

/** The rows back in the shape the ranking, its downloads and the figures read; a tier is named in English. */
export function unpackCycleRows(dataset: CycleDataset): NamedScoreRow[] {
  const tiers = new Map(dataset.tiers.map((t) => [t.level, t]));
  return dataset.rows.map((r) => ({
    iso3: r.iso3,
    name: r.name,
    englishName: r.englishName ?? r.name,
    region: r.region,
    status: r.status,
    scoreKind: r.scoreKind,
    overall: r.overall,
    tier: r.tier === null ? null : { level: r.tier, name: tiers.get(r.tier)?.englishName ?? String(r.tier) },
    pillars: byId(r.pillars, dataset.pillarIds),
    outcomes: byId(r.outcomes, dataset.outcomeIds),
  }));
}

/** A state as the map shows it: its name and tier name in the reader's language. */
export interface MapState {
  name: string;
  /** Null on the public map for a state whose results are not published (drawn grey, not a link). */
  status: AssessmentStatus | null;
  /** The overall score when the state's assessment is counted; null otherwise. */
  overall: number | null;
  tier: { level: number; name: string } | null;
}

/** Each state as the map colours it: scored only when its assessment is counted. `tiers` name them in the reader's language. */
export function mapStates(
  rows: readonly ShownScoreRow[],
  include: Include,
  tiers: readonly { level: number; name: string }[],
): Record<string, MapState> {
  const names = new Map(tiers.map((t) => [t.level, t.name]));
  return Object.fromEntries(
    rows.map((r) => {
      const counted = isCounted(r.status, include) && r.overall !== null;
      return [
        r.iso3,
        {
          name: r.name,
          status: r.status,
          overall: counted ? r.overall : null,
          tier: counted && r.tier ? { level: r.tier.level, name: names.get(r.tier.level) ?? r.tier.name } : null,
        },
      ];
    }),
  );
}
