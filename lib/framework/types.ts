/**
 * The questionnaire as typed data. Plain TypeScript: no framework or database
 * imports, so the browser, the server and the scoring engine share it.
 */
export const PILLAR_IDS = ["legal", "technical", "organizational", "capacity", "cooperation"] as const;
export type PillarId = (typeof PILLAR_IDS)[number];

export const OUTCOME_IDS = ["D.3-1", "D.3-2", "D.3-3"] as const;
export type OutcomeId = (typeof OUTCOME_IDS)[number];

export interface Pillar {
  id: PillarId;
  name: string;
  description: string;
  /** Relative weight of the pillar in the overall score (equal by default). */
  weight: number;
}

export interface Outcome {
  id: OutcomeId;
  name: string;
  description: string;
}

export interface Tier {
  level: 1 | 2 | 3 | 4 | 5;
  name: string;
  /** Lowest overall score (inclusive) that reaches this tier. */
  minScore: number;
}

export interface AnswerOption {
  /** Stable machine value stored with an answer, e.g. "yes", "partial", "no". */
  value: string;
  label: string;
  /** Credit earned by this option, within [0, 1]. */
  credit: number;
}

export interface Recommendation {
  /** What the state should do when its answer falls short of the best option. */
  action: string;
  /** The Resolution 45 clause id the action comes from. */
  clause: string;
}

export interface IndicatorGroup {
  id: string;
  pillar: PillarId;
  title: string;
  description: string;
}

export interface Question {
  /** Stable id, e.g. "TEC-CIRT-01"; never reused for another meaning. */
  id: string;
  pillar: PillarId;
  /** Id of the IndicatorGroup the question belongs to. */
  group: string;
  outcome: OutcomeId;
  /** Clause ids (res45-clauses) the question implements. */
  clauses: string[];
  text: string;
  /** What counts as evidence for this answer. */
  guidance: string;
  options: AnswerOption[];
  weight: number;
  /**
   * Maximum contribution of the question to the overall score, out of 100 (full credit with evidence):
   * 100 × pillar weight / Σ pillar weights × weight / Σ weights of the pillar's questions. Derived from the
   * weights by `withPoints` (lib/framework/points.ts), never typed by hand; set on version 2 and later.
   */
  points?: number;
  /** Id of the shared answer ladder the options come from (lib/framework/v2/ladders.ts), or "own". */
  ladder?: string;
  evidenceRequired: boolean;
  recommendation: Recommendation;
}

export interface Clause {
  id: string;
  part: string;
  number: string;
  /** True where a Member State can act on or report on the clause. */
  ms: boolean;
  summary: string;
}

export interface Framework {
  /** Identifier stored with every assessment, e.g. "res45-ba2017-v1". */
  id: string;
  version: string;
  title: string;
  pillars: Pillar[];
  outcomes: Outcome[];
  tiers: Tier[];
  groups: IndicatorGroup[];
  questions: Question[];
}
