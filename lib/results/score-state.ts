/**
 * When an assessment has a score to show. A score is the sum of what every question earns, so one that is not
 * started, or that leaves questions unanswered, has "no score yet": never "0.00", and never a change against
 * the previous cycle or the region ("−78.87 since the previous cycle" would only count the unanswered
 * questions). Submitted, returned and validated assessments are always complete (submission needs every
 * answer).
 */
import type { AssessmentStatus } from "../assessment/status";

/** Completion within float noise of 1 is complete (it is answered / questions). */
const COMPLETE = 1 - 1e-9;

export function hasScoreYet(assessment: { status: AssessmentStatus; completion: number }): boolean {
  return assessment.status !== "not_started" && assessment.completion >= COMPLETE;
}

/**
 * Where an analyst's view has no figure for a state (`overall` null), whether the reason is that the assessment
 * has no score yet (not started, or a draft BDT does not see), rather than a score that is not counted.
 */
export function noScoreYet(row: { status: AssessmentStatus; overall: number | null }): boolean {
  return row.overall === null && (row.status === "not_started" || row.status === "draft");
}

/** The change of a score against a reference; null when the assessment has no score yet or there is no reference. */
export function scoreChange(current: number | null, reference: number | null | undefined): number | null {
  return current === null || reference === null || reference === undefined ? null : current - reference;
}
