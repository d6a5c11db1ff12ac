/**
 * Input and output types of the scoring engine. Plain TypeScript: no framework
 * or database imports. The rule itself is described in docs/methodology.md.
 */
import type { OutcomeId, PillarId, Recommendation } from "../framework/types";

/** One answer of an assessment, as stored and as sent to `POST /api/v1/score`. */
export interface AnswerInput {
  questionId: string;
  /** The chosen option's `value`; `null` means "not answered". */
  value: string | null;
  /** Evidence URLs; an empty list means "no evidence given". */
  evidence: string[];
  note?: string;
}

export interface ScoreResult {
  /** Overall score in [0, 100], full precision. */
  overall: number;
  /** Tier reached by `overall` (see `tierFor`). */
  tier: { level: number; name: string };
  /** Score in [0, 100] of every pillar of the framework, keyed by pillar id. */
  pillars: Record<string, number>;
  /** Score in [0, 100] of every outcome of the framework, keyed by outcome id. */
  outcomes: Record<string, number>;
  /** Answered questions / all questions, in [0, 1]. */
  completion: number;
}

/** A question whose effective credit is below the best credit it could earn. */
export interface Gap {
  questionId: string;
  pillar: PillarId;
  outcome: OutcomeId;
  /** Effective credit now (0 when unanswered; halved when evidence is required and missing). */
  currentCredit: number;
  /** Credit of the question's best option, with evidence. */
  bestCredit: number;
  /** Overall-score points gained if this gap alone is closed. */
  shortfall: number;
  /** `value` of the best option (the first one, in option order, with the highest credit). */
  bestValue: string;
  /**
   * True when evidence is required and none is given. Where the chosen option is
   * already the best one, adding evidence is all that closing the gap needs.
   */
  evidenceMissing: boolean;
  /** The question's recommendation (action and Resolution 45 clause). */
  recommendation: Recommendation;
}

/** Result of `whatIf`: the scores now and after closing the chosen gaps. */
export interface WhatIfResult {
  before: ScoreResult;
  after: ScoreResult;
}
