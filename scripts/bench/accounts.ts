/**
 * The benchmark's accounts: one BDT analyst and one focal point per Member
 * State, created with the function administrators use (db/accounts.ts), then
 * signed in through better-auth's standard endpoint as any script would.
 */
import { z } from "zod";
import * as OTPAuth from "otpauth";
import { insertAccount } from "../../db/accounts";
import { insertTotpFactor } from "../../db/auth-secret";
import { DEMO_TOTP_SECRET } from "../../lib/demo/two-factor";
import type { Database } from "../../db/client";

export const BENCH_PASSWORD = "Bench-Password-2026";
export const ANALYST_EMAIL = "bench.analyst@example.org";
export const focalEmail = (iso3: string) => `bench.${iso3.toLowerCase()}@example.org`;

export async function createBenchAccounts(db: Database, iso3s: readonly string[]): Promise<void> {
  const analyst = await insertAccount(db, {
    email: ANALYST_EMAIL,
    name: "Bench analyst",
    role: "analyst",
    memberStateIso3: null,
    password: BENCH_PASSWORD,
  });
  // BDT accounts need a second factor: the bench analyst has the demo's known TOTP secret.
  await insertTotpFactor(db, analyst, DEMO_TOTP_SECRET);
  for (const iso3 of iso3s) {
    await insertAccount(db, {
      email: focalEmail(iso3),
      name: `Bench focal point ${iso3}`,
      role: "focal_point",
      memberStateIso3: iso3,
      password: BENCH_PASSWORD,
    });
  }
}

function cookiesOf(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .filter((c) => !c!.endsWith("="))
    .join("; ");
}

/** Signs one account in and returns the Cookie header of its session. */
export async function signIn(base: string, email: string): Promise<string> {
  const response = await fetch(`${base}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: base },
    body: JSON.stringify({ email, password: BENCH_PASSWORD }),
  });
  if (!response.ok) throw new Error(`sign-in of ${email}: ${response.status} ${await response.text()}`);
  let cookie = cookiesOf(response);
  if (((await response.json()) as { twoFactorRedirect?: boolean }).twoFactorRedirect) {
    // The second step: the current code of the account's authenticator, with the challenge's cookie.
    const code = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(DEMO_TOTP_SECRET) }).generate();
    const verified = await fetch(`${base}/api/auth/two-factor/verify-totp`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: base, cookie },
      body: JSON.stringify({ code }),
    });
    if (!verified.ok) throw new Error(`second factor of ${email}: ${verified.status} ${await verified.text()}`);
    cookie = cookiesOf(verified);
  }
  if (!cookie) throw new Error(`sign-in of ${email} set no cookie`);
  return cookie;
}

/**
 * Signs many accounts in, a few at a time. Only failed sign-ins are throttled
 * (db/sign-in-throttle.ts), so correct passwords from one address are never refused.
 */
export async function signInAll(base: string, emails: readonly string[], parallel = 4): Promise<string[]> {
  const cookies: string[] = new Array<string>(emails.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (next < emails.length) {
        const i = next++;
        cookies[i] = await signIn(base, emails[i]!);
      }
    }),
  );
  return cookies;
}

const versionSchema = z.object({ version: z.number().int() });

/** The version of a state's assessment, as its focal point reads it (the PATCH must name it). */
export async function assessmentVersion(base: string, cookie: string, iso3: string, cycle: number): Promise<number> {
  const response = await fetch(`${base}/api/v1/assessments/${iso3}/${cycle}`, { headers: { cookie } });
  if (!response.ok) throw new Error(`GET assessment ${iso3}/${cycle}: ${response.status}`);
  return versionSchema.parse(await response.json()).version;
}
