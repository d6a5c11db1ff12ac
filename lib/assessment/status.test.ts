import { describe, expect, it } from "vitest";
import {
  ASSESSMENT_STATUSES,
  checkTransition,
  isEditable,
  ROLES,
  type AssessmentStatus,
  type Role,
  type StatusAction,
} from "./status";

describe("assessment status transitions", () => {
  const allowed: [StatusAction, AssessmentStatus, Role, AssessmentStatus][] = [
    ["save", "not_started", "focal_point", "draft"],
    ["save", "draft", "focal_point", "draft"],
    ["save", "returned", "focal_point", "returned"],
    // A contributor saves (the questions assigned to them: server/access.ts) but never submits.
    ["save", "not_started", "contributor", "draft"],
    ["save", "draft", "contributor", "draft"],
    ["save", "returned", "contributor", "returned"],
    ["submit", "draft", "focal_point", "submitted"],
    ["submit", "returned", "focal_point", "submitted"],
    ["return", "submitted", "analyst", "returned"],
    ["return", "submitted", "admin", "returned"],
    ["validate", "submitted", "analyst", "validated"],
    ["validate", "submitted", "admin", "validated"],
  ];

  it.each(allowed)("%s from %s by %s leads to %s", (action, from, role, to) => {
    expect(checkTransition(action, from, role)).toEqual({ ok: true, to });
  });

  it("refuses every other combination, saying whether the role or the status is at fault", () => {
    const actions: StatusAction[] = ["save", "submit", "return", "validate"];
    let refused = 0;
    for (const action of actions)
      for (const status of ASSESSMENT_STATUSES)
        for (const role of ROLES) {
          const listed = allowed.some(([a, s, r]) => a === action && s === status && r === role);
          const result = checkTransition(action, status, role);
          expect(result.ok).toBe(listed);
          if (!result.ok) {
            refused++;
            expect(result.message.length).toBeGreaterThan(10);
          }
        }
    expect(refused).toBe(4 * 5 * ROLES.length - allowed.length);
  });

  it("keeps a submitted or validated assessment read-only for focal points", () => {
    expect(checkTransition("save", "submitted", "focal_point")).toMatchObject({ ok: false, reason: "status" });
    expect(checkTransition("save", "validated", "focal_point")).toMatchObject({ ok: false, reason: "status" });
    expect(checkTransition("validate", "submitted", "focal_point")).toMatchObject({ ok: false, reason: "role" });
    expect(ASSESSMENT_STATUSES.filter(isEditable)).toEqual(["not_started", "draft", "returned"]);
  });
});
