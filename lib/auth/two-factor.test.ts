import { describe, expect, it } from "vitest";
import { allowedBeforeEnrolment, groupSecret, mustEnrolTwoFactor, totpSecretOf, twoFactorRequired } from "./two-factor";
import { totpCodeSchema } from "./two-factor.validation";

describe("who needs a second factor", () => {
  it("is required of analysts and administrators, optional for focal points", () => {
    expect(twoFactorRequired("analyst")).toBe(true);
    expect(twoFactorRequired("admin")).toBe(true);
    expect(twoFactorRequired("focal_point")).toBe(false);
  });

  it("sends to enrolment a BDT account without one, and nobody else", () => {
    expect(mustEnrolTwoFactor({ role: "analyst", twoFactorEnabled: false })).toBe(true);
    expect(mustEnrolTwoFactor({ role: "admin", twoFactorEnabled: false })).toBe(true);
    expect(mustEnrolTwoFactor({ role: "admin", twoFactorEnabled: true })).toBe(false);
    expect(mustEnrolTwoFactor({ role: "focal_point", twoFactorEnabled: false })).toBe(false);
  });

  it("lets an account that must enrol only enrol, read its session and sign out", () => {
    for (const path of ["/two-factor/enable", "/two-factor/verify-totp", "/sign-out", "/get-session"])
      expect(allowedBeforeEnrolment(path), path).toBe(true);
    for (const path of ["/change-password", "/list-sessions", "/two-factor/disable", "/revoke-sessions"])
      expect(allowedBeforeEnrolment(path), path).toBe(false);
  });
});

describe("codes and secrets as people type and read them", () => {
  it("takes six digits, with spaces, and refuses anything else", () => {
    expect(totpCodeSchema.parse("123 456")).toBe("123456");
    for (const bad of ["12345", "1234567", "abcdef", ""])
      expect(totpCodeSchema.safeParse(bad).success, bad).toBe(false);
  });

  it("reads the secret of an otpauth URI and groups it by four", () => {
    const uri = "otpauth://totp/Res45%20Readiness:a%40b.org?secret=jbswy3dpehpk3pxp&issuer=Res45%20Readiness";
    expect(totpSecretOf(uri)).toBe("JBSWY3DPEHPK3PXP");
    expect(groupSecret("JBSWY3DPEHPK3PXP")).toBe("JBSW Y3DP EHPK 3PXP");
    expect(totpSecretOf("otpauth://totp/x?secret=not*base32")).toBeNull();
    expect(totpSecretOf("not a uri")).toBeNull();
  });
});
