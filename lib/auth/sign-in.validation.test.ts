import { describe, expect, it } from "vitest";
import { fieldErrorsOf, zodErrorMap, zodProblems } from "../errors";
import { homeForRole, newPasswordSchema, safeReturnPath, signInSchema } from "./sign-in.validation";

describe("sign-in validation", () => {
  it("asks for a valid email and a password", () => {
    expect(signInSchema.safeParse({ email: "focal.ken@example.org", password: "x" }).success).toBe(true);
    const bad = signInSchema.safeParse({ email: "not-an-email", password: "" });
    expect(bad.error?.issues.map((i) => i.message)).toEqual([
      "validation.email_invalid",
      "validation.password_required",
    ]);
  });

  it("requires new passwords of at least 12 characters", () => {
    expect(newPasswordSchema.safeParse("short-pass1").success).toBe(false);
    expect(newPasswordSchema.safeParse("twelve-chars").success).toBe(true);
    // A code with its value, written in the reader's language by the server's mapper and the forms.
    const short = newPasswordSchema.safeParse("short-pass1", { error: zodErrorMap("fr") });
    expect(short.error?.issues[0]?.message).toBe('validation.password_too_short {"min":12}');
    expect(fieldErrorsOf(zodProblems(short.error!), "fr")).toEqual({
      _: ["Un mot de passe comporte au moins 12 caractères"],
    });
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
