import type { Actor } from "./actor";
import type { AssessmentStatus, Role } from "./status";
import { isSharedWithBdt } from "./sharing";
import { appError } from "../errors";
import { isReadOnlyMethod } from "../auth/api-token";

/**
 * Who may do what: every service function asks here before it reads or writes.
 * A focal point acts only for their own Member State. BDT (analysts and
 * administrators) reads a state's answers and scores once the state has shared
 * them by submitting; a draft stays with its state.
 */
export const BDT_ROLES: readonly Role[] = ["analyst", "admin"];

export function isBdt(actor: Actor): boolean {
  return BDT_ROLES.includes(actor.role);
}

export function isFocalPointOf(actor: Actor, iso3: string): boolean {
  return actor.role === "focal_point" && actor.memberStateIso3 === iso3;
}

function assertOwnState(actor: Actor, iso3: string): void {
  if (actor.memberStateIso3 !== iso3)
    throw appError("forbidden.other_state", { own: actor.memberStateIso3 ?? "—", iso3 });
}

export function assertBdt(actor: Actor): void {
  if (!isBdt(actor)) throw appError("forbidden.bdt_only");
}

export function assertAdmin(actor: Actor): void {
  if (actor.role !== "admin") throw appError("forbidden.admin_only");
}

/**
 * Managing one's own credentials (API tokens, sessions) needs a browser session: a token that
 * leaked must not be able to mint more tokens or end its owner's sessions.
 */
export function assertSessionActor(actor: Actor): void {
  if (actor.apiToken) throw appError("forbidden.session_required");
}

/** A read-only token may read only: any request that changes data is refused. */
export function assertTokenMayUseMethod(actor: Actor, method: string): void {
  if (actor.apiToken && !actor.apiToken.write && !isReadOnlyMethod(method)) throw appError("forbidden.token_read_only");
}

/** The focal points' state, for pages that work on "my" assessment. */
export function ownStateOf(actor: Actor): string {
  if (actor.role !== "focal_point") throw appError("forbidden.focal_point_only");
  if (!actor.memberStateIso3) throw appError("forbidden.no_state");
  return actor.memberStateIso3;
}

/**
 * Reading one assessment: its state's focal points always; BDT once shared. A
 * state that has not started reveals nothing, so BDT may open its (empty) page.
 */
export function assertCanReadAssessment(actor: Actor, iso3: string, status: AssessmentStatus): void {
  if (actor.role === "focal_point") return assertOwnState(actor, iso3);
  if (status !== "not_started" && !isSharedWithBdt(status)) throw appError("forbidden.draft", { iso3 });
}

/** Changing answers, submitting, importing: only the state's own focal points. */
export function assertCanEditAnswers(actor: Actor, iso3: string): void {
  if (actor.role !== "focal_point") throw appError("forbidden.focal_point_only");
  assertOwnState(actor, iso3);
}

/** Returning and validating a submission: BDT. */
export function assertCanReview(actor: Actor): void {
  assertBdt(actor);
}

/**
 * A state's action plan follows its newest assessment: its focal points read it;
 * BDT reads it while that assessment is shared (a plan made from a draft would
 * reveal the draft's gaps).
 */
export function assertCanReadPlan(actor: Actor, iso3: string, latestStatus: AssessmentStatus): void {
  if (actor.role === "focal_point") return assertOwnState(actor, iso3);
  if (!isSharedWithBdt(latestStatus)) throw appError("forbidden.plan_draft", { iso3 });
}

export function canReadPlan(actor: Actor, iso3: string, latestStatus: AssessmentStatus): boolean {
  return actor.role === "focal_point" ? actor.memberStateIso3 === iso3 : isSharedWithBdt(latestStatus);
}

export function assertCanEditPlan(actor: Actor, iso3: string): void {
  if (actor.role !== "focal_point") throw appError("forbidden.focal_point_only");
  assertOwnState(actor, iso3);
}

/**
 * Regional averages: BDT sees every one; a focal point sees none over fewer than
 * `MIN_STATES_FOR_FOCAL_POINTS` states (lib/analysis/averages), so that no single
 * other state's scores can be inferred.
 */
export function hidesSmallGroupAverages(actor: Actor): boolean {
  return !isBdt(actor);
}

/**
 * Who may invite whom: administrators anyone; a focal point only other focal points of their own
 * state (contributors too, once that role exists); nobody else.
 */
export function assertCanInvite(actor: Actor, role: Role, iso3: string | null): void {
  assertCanInviteAnyone(actor);
  if (actor.role === "admin") return;
  const own = ownStateOf(actor);
  if (role !== "focal_point") throw appError("forbidden.invite_role");
  if (iso3 !== own) throw appError("forbidden.other_state", { own });
}

/** Whether the actor may invite anyone at all (checked before a request's body is read). */
export function assertCanInviteAnyone(actor: Actor): void {
  if (actor.role !== "admin" && actor.role !== "focal_point") throw appError("forbidden.cannot_invite");
}

/** Setting or withdrawing a closed cycle's publication date (issue 20): BDT. */
export function assertCanSetPublication(actor: Actor): void {
  assertBdt(actor);
}

/** Whether a state's results are published by name is its own focal points' decision. */
export function assertCanDecideConsent(actor: Actor, iso3: string): void {
  if (actor.role !== "focal_point") throw appError("forbidden.focal_point_only");
  assertOwnState(actor, iso3);
}

/** Reading a state's decision on publication: its focal points, and BDT. */
export function assertCanReadConsent(actor: Actor, iso3: string): void {
  if (actor.role === "focal_point") return assertOwnState(actor, iso3);
  assertBdt(actor);
}
