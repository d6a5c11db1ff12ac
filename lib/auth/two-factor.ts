import type { Role } from "../assessment/status";

/**
 * Two-step sign-in (a TOTP code from any authenticator app, or a backup code) is required of BDT
 * accounts, analysts and administrators, who read every Member State's answers and manage accounts;
 * optional for focal points.
 */
export function twoFactorRequired(role: Role): boolean {
  return role === "analyst" || role === "admin";
}

/** An account that must enrol before anything else: its role requires a second factor it has not set up. */
export function mustEnrolTwoFactor(account: { role: Role; twoFactorEnabled: boolean }): boolean {
  return twoFactorRequired(account.role) && !account.twoFactorEnabled;
}

/** The page where an account sets up its authenticator (without a language prefix). */
export const ENROLMENT_PATH = "/enrol-two-factor";

/**
 * better-auth's own routes an account that must enrol may still call: enrolment itself, its session
 * and signing out. Anything else under /api/auth that needs a session (changing the password, listing
 * sessions) waits until the factor is set up.
 */
export function allowedBeforeEnrolment(authPath: string): boolean {
  return [
    "/get-session",
    "/sign-out",
    "/two-factor/enable",
    "/two-factor/verify-totp",
    "/two-factor/get-totp-uri",
  ].some((p) => authPath === p);
}

/** The shared secret of an otpauth:// URI (base32), to show as text beside the QR code; null when absent. */
export function totpSecretOf(uri: string): string | null {
  try {
    const secret = new URL(uri).searchParams.get("secret");
    return secret && /^[A-Z2-7]+=*$/i.test(secret) ? secret.toUpperCase() : null;
  } catch {
    return null;
  }
}

/** A base32 secret in groups of four, easier to type into an app by hand. */
export function groupSecret(secret: string): string {
  return secret.replace(/(.{4})/g, "$1 ").trim();
}
