import type { Actor } from "./actor";
import { isStateRole, type AssessmentStatus, type Role } from "./status";
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

/** One of the state's own people: a focal point or a contributor of that state. */
export function isMemberOf(actor: Actor, iso3: string): boolean {
  return isStateRole(actor.role) && actor.memberStateIso3 === iso3;
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

/** The state of one of its own people (focal point or contributor), for the questionnaire they work on. */
export function memberStateOf(actor: Actor): string {
  if (!isStateRole(actor.role)) throw appError("forbidden.focal_point_only");
  if (!actor.memberStateIso3) throw appError("forbidden.no_state");
  return actor.memberStateIso3;
}

/**
 * Reading one assessment: its state's focal points always; BDT once shared. A
 * state that has not started reveals nothing, so BDT may open its (empty) page.
 */
export function assertCanReadAssessment(actor: Actor, iso3: string, status: AssessmentStatus): void {
  if (isStateRole(actor.role)) return assertOwnState(actor, iso3);
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
  if (isStateRole(actor.role)) return assertOwnState(actor, iso3);
  if (!isSharedWithBdt(latestStatus)) throw appError("forbidden.plan_draft", { iso3 });
}

export function canReadPlan(actor: Actor, iso3: string, latestStatus: AssessmentStatus): boolean {
  return isStateRole(actor.role) ? actor.memberStateIso3 === iso3 : isSharedWithBdt(latestStatus);
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
 * Who may invite whom: administrators anyone; a focal point only focal points and contributors of their
 * own state; nobody else.
 */
export function assertCanInvite(actor: Actor, role: Role, iso3: string | null): void {
  assertCanInviteAnyone(actor);
  if (actor.role === "admin") return;
  const own = ownStateOf(actor);
  if (!isStateRole(role)) throw appError("forbidden.invite_role");
  if (iso3 !== own) throw appError("forbidden.other_state", { own });
}

/** Whether the actor may invite anyone at all (checked before a request's body is read). */
export function assertCanInviteAnyone(actor: Actor): void {
  if (actor.role !== "admin" && actor.role !== "focal_point") throw appError("forbidden.cannot_invite");
}

/**
 * A state's team (its people, the assignments, who answered what): its focal points manage it; a
 * contributor of the state reads it (their own assignments among the rest); nobody else.
 */
export function assertCanManageTeam(actor: Actor, iso3: string): void {
  if (actor.role !== "focal_point") throw appError("forbidden.focal_point_only");
  assertOwnState(actor, iso3);
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

/** One of the state's own people (reading the team; starting to answer, before the questions are known). */
export function assertStateMember(actor: Actor, iso3: string): void {
  if (!isStateRole(actor.role)) throw appError("forbidden.focal_point_only");
  assertOwnState(actor, iso3);
}

/**
 * Saving an answer: a focal point of the state any question; a contributor of the state only the questions
 * assigned to them (`assignedToActor`); the refusal names the first question that is not theirs.
 */
export function assertCanSaveQuestions(
  actor: Actor,
  iso3: string,
  questionIds: string[],
  assignedToActor: ReadonlySet<string>,
): void {
  if (actor.role === "contributor") {
    assertOwnState(actor, iso3);
    const other = questionIds.find((q) => !assignedToActor.has(q));
    if (other !== undefined) throw appError("forbidden.not_assigned", { questionId: other });
    return;
  }
  assertCanEditAnswers(actor, iso3);
}

/**
 * A question's comment thread: the state's own people always; BDT once the state has shared the
 * assessment (a draft's discussion stays with its state, as the draft does).
 */
export function assertCanReadComments(actor: Actor, iso3: string, status: AssessmentStatus): void {
  if (isStateRole(actor.role)) return assertOwnState(actor, iso3);
  if (!isSharedWithBdt(status)) throw appError("forbidden.draft", { iso3 });
}

/** Whether a person of `role` and `iso3` can read a thread of `threadIso3` now (for @mentions). */
export function canReadComments(
  person: { role: Role; memberStateIso3: string | null },
  threadIso3: string,
  status: AssessmentStatus,
): boolean {
  return isStateRole(person.role) ? person.memberStateIso3 === threadIso3 : isSharedWithBdt(status);
}

/** Reading a state's decision on publication: its focal points, and BDT. */
export function assertCanReadConsent(actor: Actor, iso3: string): void {
  if (actor.role === "focal_point") return assertOwnState(actor, iso3);
  assertBdt(actor);
}
