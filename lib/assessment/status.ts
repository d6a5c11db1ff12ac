/**
 * The life of one Member State's assessment in one cycle. Pure rules, used by
 * the data layer before it writes and by the pages to show what is possible.
 */
import { englishMessage, type ErrorCode, type ErrorParams } from "../errors/app-error";

export const ASSESSMENT_STATUSES = ["not_started", "draft", "submitted", "returned", "validated"] as const;
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];

export const ROLES = ["focal_point", "contributor", "analyst", "admin"] as const;
export type Role = (typeof ROLES)[number];

/** The roles of a Member State's own people: each answers for exactly one state. */
export const STATE_ROLES: readonly Role[] = ["focal_point", "contributor"];

export function isStateRole(role: Role): boolean {
  return STATE_ROLES.includes(role);
}

export type StatusAction = "save" | "submit" | "return" | "validate";

interface Transition {
  from: readonly AssessmentStatus[];
  to: AssessmentStatus;
  by: readonly Role[];
}

const TRANSITIONS: Record<StatusAction, Transition> = {
  // Saving answers starts a draft; a returned assessment stays returned until resubmitted.
  save: { from: ["not_started", "draft", "returned"], to: "draft", by: ["focal_point", "contributor"] },
  submit: { from: ["draft", "returned"], to: "submitted", by: ["focal_point"] },
  return: { from: ["submitted"], to: "returned", by: ["analyst", "admin"] },
  validate: { from: ["submitted"], to: "validated", by: ["analyst", "admin"] },
};

export const STATUS_LABELS: Record<AssessmentStatus, string> = {
  not_started: "Not started",
  draft: "Draft",
  submitted: "Submitted",
  returned: "Returned for changes",
  validated: "Validated",
};

export type TransitionCheck =
  | { ok: true; to: AssessmentStatus }
  | { ok: false; reason: "role" | "status"; code: ErrorCode; params: ErrorParams; message: string };

const REFUSED_STATUS: Record<StatusAction, ErrorCode> = {
  save: "conflict.cannot_save",
  submit: "conflict.cannot_submit",
  return: "conflict.cannot_return",
  validate: "conflict.cannot_validate",
};

/** Whether `role` may perform `action` on an assessment in `status`, and the status it leads to. */
export function checkTransition(action: StatusAction, status: AssessmentStatus, role: Role): TransitionCheck {
  const t = TRANSITIONS[action];
  if (!t.by.includes(role)) {
    const code: ErrorCode = t.by.includes("focal_point") ? "forbidden.focal_point_only" : "forbidden.bdt_only";
    return { ok: false, reason: "role", code, params: {}, message: englishMessage(code) };
  }
  if (!t.from.includes(status)) {
    const code = REFUSED_STATUS[action];
    return { ok: false, reason: "status", code, params: { status }, message: englishMessage(code, { status }) };
  }
  return { ok: true, to: action === "save" && status === "returned" ? "returned" : t.to };
}

/** Whether focal points may still change the answers. */
export function isEditable(status: AssessmentStatus): boolean {
  return TRANSITIONS.save.from.includes(status);
}
