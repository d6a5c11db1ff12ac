import { expect, type APIRequestContext, type Locator, type Page } from "@playwright/test";
import * as OTPAuth from "otpauth";
import { DEMO_TOTP_SECRET } from "../lib/demo/two-factor";

export const DEMO_PASSWORD = "Readiness-Demo-2026";
export { DEMO_TOTP_SECRET };

/** The demo BDT accounts, seeded with DEMO_TOTP_SECRET: their sign-in asks a code after the password. */
const DEMO_TOTP_ACCOUNTS = new Set(["admin@example.org", "analyst@example.org"]);

/** The current code of a base32 TOTP secret, as an authenticator app shows it. */
export function totpCode(secret = DEMO_TOTP_SECRET, timestamp = Date.now()): string {
  return new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret), digits: 6, period: 30 }).generate({ timestamp });
}

/** A six-digit code that is not the current one (nor the previous or next one, which a server may accept). */
export function wrongTotpCode(secret = DEMO_TOTP_SECRET): string {
  const near = new Set([-30_000, 0, 30_000].map((d) => totpCode(secret, Date.now() + d)));
  for (let n = 0; ; n++) {
    const code = String((123456 + n * 7919) % 1_000_000).padStart(6, "0");
    if (!near.has(code)) return code;
  }
}

/** The TOTP secret an account signs in with: the demo BDT accounts' unless one is given. */
function secretFor(email: string, totpSecret?: string): string | undefined {
  return totpSecret ?? (DEMO_TOTP_ACCOUNTS.has(email) ? DEMO_TOTP_SECRET : undefined);
}
export const OPEN_CYCLE = new Date().getUTCFullYear();

/**
 * Signs in through the sign-in page, as a user would: the password, then (for an account with a second
 * factor: the demo BDT accounts, or one given its secret) the current code of the authenticator.
 */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD, totpSecret?: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  const secret = secretFor(email, totpSecret);
  if (secret) {
    await page.getByLabel("Code from your authenticator app").fill(totpCode(secret));
    await page.getByRole("button", { name: "Verify" }).click();
  }
  await expect(page).not.toHaveURL(/\/sign-in/);
}

/**
 * Signs an API client in through better-auth's standard endpoints; its cookie jar keeps the session. An
 * account with a second factor answers the password with `twoFactorRedirect`; the code then completes it.
 */
export async function apiSignIn(
  request: APIRequestContext,
  email: string,
  password = DEMO_PASSWORD,
  totpSecret?: string,
) {
  const response = await request.post("/api/auth/sign-in/email", { data: { email, password } });
  expect(response.status(), `sign-in of ${email}`).toBe(200);
  const secret = secretFor(email, totpSecret);
  if (!secret) return;
  expect((await response.json()).twoFactorRedirect, `${email} is asked a second factor`).toBe(true);
  // With a cookie (the challenge's), better-auth asks the Origin of a change, as a browser sends it.
  const origin = new URL(response.url()).origin;
  const verified = await request.post("/api/auth/two-factor/verify-totp", {
    data: { code: totpCode(secret) },
    headers: { origin },
  });
  expect(verified.status(), `second factor of ${email}: ${await verified.text()}`).toBe(200);
}

/**
 * Enrols the signed-in account of this client (an analyst or administrator created by a test) with a new
 * authenticator, as the enrolment page does, and returns the base32 secret to sign in with later.
 */
export async function apiEnrolTotp(request: APIRequestContext, password: string): Promise<string> {
  const session = await request.get("/api/auth/get-session");
  const origin = new URL(session.url()).origin;
  const enabled = await request.post("/api/auth/two-factor/enable", { data: { password }, headers: { origin } });
  expect(enabled.status(), await enabled.text()).toBe(200);
  const uri = (await enabled.json()).totpURI as string;
  const secret = new URL(uri).searchParams.get("secret")!;
  const verified = await request.post("/api/auth/two-factor/verify-totp", {
    data: { code: totpCode(secret) },
    headers: { origin },
  });
  expect(verified.status(), await verified.text()).toBe(200);
  return secret;
}

/**
 * The lines of a CSV export (without the final line break) after its first line: the browser tests run on the
 * demo data set, and every CSV export of it starts with a `# Demo data: …` comment line.
 */
export function demoCsvLines(text: string): string[] {
  const lines = text.trimEnd().split("\r\n");
  expect(lines[0], "a CSV export of the demo data set says so on its first line").toMatch(/^# Demo data: /);
  return lines.slice(1);
}

/**
 * A question of the questionnaire, shown as a link to it shows it: the questionnaire draws one pillar at a time, and
 * a link to a question (`#TEC-CIRT-01`, in notices, review requests, "My questions") opens its pillar.
 */
export async function showQuestion(page: Page, questionId: string): Promise<Locator> {
  return followAnchor(page, questionId, page.locator(`fieldset[id="${questionId}"]`));
}

/** One pillar of the questionnaire, as its link shows it; returns its questions. */
export async function showPillar(page: Page, pillarId: string): Promise<Locator> {
  const heading = await followAnchor(page, `pillar-${pillarId}`, page.locator(`h2[id="pillar-${pillarId}"]`));
  return heading.locator("xpath=..").locator("fieldset[id]");
}

async function followAnchor(page: Page, anchor: string, target: Locator): Promise<Locator> {
  // Followed again until the page shows the target: a link followed while the page still hydrates, or while the
  // router finishes the navigation that brought it here, is followed once the page listens.
  await expect(async () => {
    await page.evaluate((id) => {
      if (window.location.hash === `#${id}`) window.dispatchEvent(new HashChangeEvent("hashchange"));
      else window.location.hash = id;
    }, anchor);
    await expect(target).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  return target;
}
