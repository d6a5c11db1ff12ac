import type { Actor } from "@/lib/assessment/actor";
import type { AssessmentStatus } from "@/lib/assessment/status";
import { ForbiddenError } from "./errors";

/**
 * Who may read what, decided next to the data. A focal point reads and changes
 * only their own Member State. BDT analysts and administrators read every
 * state's assessment once it has been submitted; a draft stays with its state.
 */
const SHARED_WITH_BDT: readonly AssessmentStatus[] = ["not_started", "submitted", "returned", "validated"];

export function isSharedWithBdt(status: AssessmentStatus): boolean {
  return SHARED_WITH_BDT.includes(status);
}

export function assertCanReadAssessment(actor: Actor, iso3: string, status: AssessmentStatus): void {
  if (actor.role === "focal_point") {
    if (actor.memberStateIso3 !== iso3) {
      throw new ForbiddenError(
        `Focal points can read only their own Member State's assessment (yours: ${actor.memberStateIso3}).`,
      );
    }
    return;
  }
  if (!SHARED_WITH_BDT.includes(status)) {
    throw new ForbiddenError(`The assessment of ${iso3} is a draft: BDT can read its answers once it is submitted.`);
  }
}

export function assertCanEditAnswers(actor: Actor, iso3: string): void {
  if (actor.role !== "focal_point") {
    throw new ForbiddenError("Only the Member State's focal points change its answers.");
  }
  if (actor.memberStateIso3 !== iso3) {
    throw new ForbiddenError(
      `Focal points can change only their own Member State's assessment (yours: ${actor.memberStateIso3}).`,
    );
  }
}

export function assertRole(actor: Actor, roles: readonly Actor["role"][], what: string): void {
  if (!roles.includes(actor.role))
    throw new ForbiddenError(`Only ${roles.join(" or ").replace(/_/g, " ")}s can ${what}.`);
}

/**
 * A state's action plan follows its assessment: its focal points read and change
 * it; BDT reads it while the state's latest assessment is shared with BDT (a plan
 * made from a draft would reveal the draft's gaps).
 */
export function assertCanReadPlan(actor: Actor, iso3: string, latestStatus: AssessmentStatus): void {
  if (actor.role === "focal_point") {
    if (actor.memberStateIso3 !== iso3) {
      throw new ForbiddenError(
        `Focal points can read only their own Member State's action plan (yours: ${actor.memberStateIso3}).`,
      );
    }
    return;
  }
  if (!SHARED_WITH_BDT.includes(latestStatus)) {
    throw new ForbiddenError(
      `The latest assessment of ${iso3} is a draft: BDT can read its action plan once it is submitted.`,
    );
  }
}

export function assertCanEditPlan(actor: Actor, iso3: string): void {
  if (actor.role !== "focal_point") throw new ForbiddenError("Only the Member State's focal points change its plan.");
  if (actor.memberStateIso3 !== iso3) {
    throw new ForbiddenError(
      `Focal points can change only their own Member State's action plan (yours: ${actor.memberStateIso3}).`,
    );
  }
}
