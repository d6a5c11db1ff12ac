import { describe, expect, it } from "vitest";
import { homeForRole, newPasswordSchema, safeReturnPath, signInSchema } from "./sign-in.validation";

describe("sign-in validation", () => {
  it("asks for a valid email and a password", () => {
    expect(signInSchema.safeParse({ email: "focal.ken@example.org", password: "x" }).success).toBe(true);
    const bad = signInSchema.safeParse({ email: "not-an-email", password: "" });
    expect(bad.error?.issues.map((i) => i.message)).toEqual([
      "Enter a valid email address, e.g. name@example.org",
      "Enter your password",
    ]);
  });

  it("requires new passwords of at least 12 characters", () => {
    expect(newPasswordSchema.safeParse("short-pass1").success).toBe(false);
    expect(newPasswordSchema.safeParse("twelve-chars").success).toBe(true);
  });

  it("follows only same-site return paths and sends each role home", () => {
    expect(safeReturnPath("/assessment")).toBe("/assessment");
    for (const bad of ["https://evil.example", "//evil.example", "/\\evil.example", "", null])
      expect(safeReturnPath(bad)).toBeNull();
    expect(homeForRole("focal_point")).toBe("/assessment");
    expect(homeForRole("analyst")).toBe("/review");
    expect(homeForRole("admin")).toBe("/admin");
  });
});
