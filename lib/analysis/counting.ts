/**
 * Which assessments a comparison counts. Validated assessments always; those
 * submitted and awaiting review only on request (`include=submitted`), since
 * BDT may still return them. Returned ones and drafts never count: their
 * answers are being changed.
 */
import type { AssessmentStatus } from "../assessment/status";

export const INCLUDE_OPTIONS = ["validated", "submitted"] as const;
export type Include = (typeof INCLUDE_OPTIONS)[number];

export function countedStatuses(include: Include): readonly AssessmentStatus[] {
  return include === "submitted" ? ["validated", "submitted"] : ["validated"];
}

export function isCounted(status: AssessmentStatus, include: Include): boolean {
  return countedStatuses(include).includes(status);
}

/** How the counted set is described next to every figure built from it. */
export function countedDescription(include: Include): string {
  return include === "submitted" ? "validated and submitted assessments" : "validated assessments";
}
