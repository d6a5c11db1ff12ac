import { describe, expect, it } from "vitest";
import {
  FOCAL_POINT_NEEDS_STATE,
  ONLY_FOCAL_POINTS_HAVE_A_STATE,
  accountFilterSchema,
  changeRoleSchema,
  createAccountSchema,
  resetPasswordSchema,
  setAccountDisabledSchema,
} from "./accounts.validation";
import { errorCode, isErrorCode } from "../errors";
import { cycleYearInputSchema } from "./cycles.validation";
import { moveMemberStateSchema } from "./regions.validation";

const focalPoint = {
  name: "Amina Njoroge",
  email: "  Amina.Njoroge@CA.go.KE ",
  role: "focal_point",
  memberStateIso3: "KEN",
  password: "a-long-initial-pass",
};

function messagesByField(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));
}

describe("create account schema", () => {
  it("accepts a focal point bound to a state, with the email trimmed and lower-cased", () => {
    const parsed = createAccountSchema.parse(focalPoint);
    expect(parsed).toEqual({
      name: "Amina Njoroge",
      email: "amina.njoroge@ca.go.ke",
      role: "focal_point",
      memberStateIso3: "KEN",
      password: "a-long-initial-pass",
    });
  });

  it("requires a focal point to have a Member State, with a message that says so", () => {
    for (const memberStateIso3 of ["", null, undefined]) {
      const result = createAccountSchema.safeParse({ ...focalPoint, memberStateIso3 });
      expect(messagesByField(result)).toEqual({ memberStateIso3: FOCAL_POINT_NEEDS_STATE });
    }
  });

  it("refuses a Member State for analysts and administrators, and stores none when it is empty", () => {
    for (const role of ["analyst", "admin"]) {
      const bound = createAccountSchema.safeParse({ ...focalPoint, role });
      expect(messagesByField(bound)).toEqual({ memberStateIso3: ONLY_FOCAL_POINTS_HAVE_A_STATE });
      const unbound = createAccountSchema.parse({ ...focalPoint, role, memberStateIso3: "" });
      expect(unbound.memberStateIso3).toBeNull();
    }
  });

  it("requires an initial password of at least 12 characters", () => {
    expect(messagesByField(createAccountSchema.safeParse({ ...focalPoint, password: "elevenchars" }))).toEqual({
      password: errorCode("validation.password_too_short", { min: 12 }),
    });
    expect(createAccountSchema.safeParse({ ...focalPoint, password: "twelve-chars" }).success).toBe(true);
  });

  it("explains a missing Member State together with the form's other problems", () => {
    const result = createAccountSchema.safeParse({ ...focalPoint, name: "", memberStateIso3: "", password: "x" });
    expect(messagesByField(result)).toEqual({
      name: "validation.name_required",
      password: errorCode("validation.password_too_short", { min: 12 }),
      memberStateIso3: FOCAL_POINT_NEEDS_STATE,
    });
  });

  it("explains each missing or malformed field", () => {
    const result = createAccountSchema.safeParse({
      name: " ",
      email: "not-an-email",
      role: "superuser",
      memberStateIso3: "ken",
      password: "",
    });
    expect(messagesByField(result)).toEqual({
      name: "validation.name_required",
      email: "validation.email_invalid",
      role: "validation.choose_role",
      memberStateIso3: "validation.choose_member_state",
      password: errorCode("validation.password_too_short", { min: 12 }),
    });
  });
});

describe("role change schema", () => {
  it("keeps the focal point binding rule of account creation", () => {
    expect(changeRoleSchema.parse({ userId: "u1", role: "focal_point", memberStateIso3: "GEO" })).toEqual({
      userId: "u1",
      role: "focal_point",
      memberStateIso3: "GEO",
    });
    expect(changeRoleSchema.parse({ userId: "u1", role: "analyst", memberStateIso3: "" })).toEqual({
      userId: "u1",
      role: "analyst",
      memberStateIso3: null,
    });
    expect(
      messagesByField(changeRoleSchema.safeParse({ userId: "u1", role: "focal_point", memberStateIso3: "" })),
    ).toEqual({ memberStateIso3: FOCAL_POINT_NEEDS_STATE });
    expect(
      messagesByField(changeRoleSchema.safeParse({ userId: "u1", role: "admin", memberStateIso3: "KEN" })),
    ).toEqual({
      memberStateIso3: ONLY_FOCAL_POINTS_HAVE_A_STATE,
    });
    expect(changeRoleSchema.safeParse({ userId: "", role: "admin" }).success).toBe(false);
  });
});

describe("password reset and disable schemas", () => {
  it("require a 12-character password and a yes/no for disabling", () => {
    expect(resetPasswordSchema.safeParse({ userId: "u1", password: "short" }).success).toBe(false);
    expect(resetPasswordSchema.safeParse({ userId: "u1", password: "long-enough-pass" }).success).toBe(true);
    expect(setAccountDisabledSchema.safeParse({ userId: "u1", disabled: true }).success).toBe(true);
    expect(setAccountDisabledSchema.safeParse({ userId: "u1", disabled: "yes" }).success).toBe(false);
  });
});

describe("account filter", () => {
  it("keeps a known role and a search text, and ignores anything else", () => {
    expect(accountFilterSchema.parse({ role: "analyst", q: "  bdt " })).toEqual({ role: "analyst", q: "bdt" });
    expect(accountFilterSchema.parse({ role: "root", q: "   " })).toEqual({ role: undefined, q: undefined });
    expect(accountFilterSchema.parse({ q: ["a", "b"] })).toEqual({ role: undefined, q: undefined });
  });
});

describe("messages in the reader's language", () => {
  it("writes each of the admin forms' own messages as an error code with a message in errors.json", () => {
    const tooLong = { ...focalPoint, name: "x".repeat(201), email: `${"a".repeat(320)}@example.org` };
    const results = [
      createAccountSchema.safeParse({ name: " ", email: "", role: "root", memberStateIso3: "ken", password: "" }),
      createAccountSchema.safeParse(tooLong),
      createAccountSchema.safeParse({ ...focalPoint, name: "a\u0000b", email: "not-an-email" }),
      createAccountSchema.safeParse({ ...focalPoint, memberStateIso3: "" }),
      changeRoleSchema.safeParse({ userId: "", role: "admin", memberStateIso3: "KEN" }),
      cycleYearInputSchema.safeParse({ year: 1999 }),
      moveMemberStateSchema.safeParse({ iso3: "geo", region: "oceania" }),
    ];
    const messages = results.flatMap((r) => r.error?.issues.filter((i) => i.path[0] !== "password") ?? []);
    expect(messages.length).toBeGreaterThanOrEqual(12);
    for (const issue of messages) expect(isErrorCode(issue.message), issue.message).toBe(true);
  });
});
