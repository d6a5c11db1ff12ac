import type { ErrorCode } from "../errors";

/**
 * How the sign-in page words a single sign-on that did not finish. better-auth sends the browser back with
 * `?error=<code>`: one of our refusals (an AppError code, in errors.json), one of its own, or the
 * provider's (RFC 6749 §4.1.2.1). The code comes from the address bar, so only its shape is echoed.
 */
export type SignOnFailure =
  { kind: "refusal"; code: ErrorCode } | { kind: "cancelled" } | { kind: "failed"; code: string };

const REFUSALS: Record<string, ErrorCode> = {
  "auth.sso_not_invited": "auth.sso_not_invited",
  "auth.sso_email_unverified": "auth.sso_email_unverified",
  "forbidden.account_disabled": "forbidden.account_disabled",
  // better-auth's refusal to link an existing account to a provider that has not verified its address.
  account_not_linked: "auth.sso_email_unverified",
};

/** The user stopped at the provider (denied consent, closed the login). */
const CANCELLED = new Set(["access_denied", "consent_required", "login_required", "interaction_required"]);

export function signOnFailure(error: string | string[] | undefined): SignOnFailure | null {
  const code = Array.isArray(error) ? error[0] : error;
  if (!code) return null;
  const refusal = REFUSALS[code];
  if (refusal) return { kind: "refusal", code: refusal };
  if (CANCELLED.has(code)) return { kind: "cancelled" };
  return { kind: "failed", code: /^[A-Za-z0-9_.-]{1,64}$/.test(code) ? code : "unknown" };
}

/** The sign-in page a single sign-on returns to (its `next` kept), in the page's language. */
export function signOnReturnPath(localizedSignInPath: string, next: string | null): string {
  return next ? `${localizedSignInPath}?next=${encodeURIComponent(next)}` : localizedSignInPath;
}
