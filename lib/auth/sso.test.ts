import { describe, expect, it } from "vitest";
import { signOnFailure, signOnReturnPath } from "./sso";

describe("signOnFailure", () => {
  it("is nothing when the page has no error", () => {
    expect(signOnFailure(undefined)).toBeNull();
    expect(signOnFailure("")).toBeNull();
  });

  it.each([
    ["auth.sso_not_invited", "auth.sso_not_invited"],
    ["auth.sso_email_unverified", "auth.sso_email_unverified"],
    ["forbidden.account_disabled", "forbidden.account_disabled"],
    ["account_not_linked", "auth.sso_email_unverified"],
  ])("words %s as the refusal %s", (error, code) => {
    expect(signOnFailure(error)).toEqual({ kind: "refusal", code });
  });

  it("tells a cancelled sign-in at the provider apart", () => {
    expect(signOnFailure("access_denied")).toEqual({ kind: "cancelled" });
    expect(signOnFailure(["login_required", "x"])).toEqual({ kind: "cancelled" });
  });

  it("names any other code, but never echoes what is not a code", () => {
    expect(signOnFailure("state_mismatch")).toEqual({ kind: "failed", code: "state_mismatch" });
    expect(signOnFailure("<script>alert(1)</script>")).toEqual({ kind: "failed", code: "unknown" });
    expect(signOnFailure("x".repeat(65))).toEqual({ kind: "failed", code: "unknown" });
  });
});

describe("signOnReturnPath", () => {
  it("keeps the page to return to after signing in", () => {
    expect(signOnReturnPath("/fr/sign-in", null)).toBe("/fr/sign-in");
    expect(signOnReturnPath("/ar/sign-in", "/plan?x=1")).toBe("/ar/sign-in?next=%2Fplan%3Fx%3D1");
  });
});
