import type { AssessmentStatus } from "./status";

/**
 * The statuses in which a state has shared its assessment with BDT: from its
 * first submission on. The one statement of the rule; the service layer's access
 * checks, BDT's lists and the ranking all use it.
 */
export const SHARED_WITH_BDT: readonly AssessmentStatus[] = ["submitted", "returned", "validated"];

export function isSharedWithBdt(status: AssessmentStatus): boolean {
  return SHARED_WITH_BDT.includes(status);
}
