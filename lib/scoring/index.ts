/**
 * Public API of the scoring engine. Pure TypeScript, shared by the browser, the
 * server and `POST /api/v1/score`. The rule is documented in docs/methodology.md.
 */
export type { AnswerInput, Gap, ScoreResult, WhatIfResult } from "./types";
export { TIER_TOLERANCE, formatScore, questionCredit, scoreAssessment, tierFor } from "./score";
export { WHAT_IF_EVIDENCE, applyGapClosures, isWhatIfEvidence, listGaps, whatIf } from "./gaps";
