import type { ScoreKind } from "./score-kind";
import type { AssessmentStatus } from "../assessment/status";

/**
 * One Member State's row in a cycle, as the data layer lists it for BDT:
 * scores are null while the assessment is a draft or not started.
 */
export interface CycleScoreRow {
  iso3: string;
  name: string;
  region: string;
  status: AssessmentStatus;
  overall: number | null;
  tier: { level: number; name: string } | null;
  pillars: Record<string, number> | null;
  outcomes: Record<string, number> | null;
  completion: number;
  /** Which score the row shows (the validated one once it exists); null with no score shown. */
  scoreKind: ScoreKind | null;
}

/** A row as the dashboard's browser code reads it (lib/analysis/cycle-dataset): everything but the completion. */
export type ShownScoreRow = Omit<CycleScoreRow, "completion">;

/** A named thing charted on an axis or as a series: a pillar, an outcome, a region, a tier. */
export interface Dimension {
  id: string;
  name: string;
}

/** One category of a chart with a value per series; null where the series has no figure. */
export interface SeriesRow {
  id: string;
  label: string;
  values: Record<string, number | null>;
}
