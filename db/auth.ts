import "server-only";
import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { nextCookies } from "better-auth/next-js";
import { twoFactor } from "better-auth/plugins/two-factor";
import { requestOrigin } from "@/lib/api/origin";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/sign-in.validation";
import { sessionCookieOptions } from "@/lib/auth/cookies";
import { DEFAULT_LOCALE, isLocale, localeFromAcceptLanguage, type Locale } from "@/lib/i18n/locales";
import { passwordResetMail } from "@/lib/mail/templates";
import { publicOrigin, serverEnv } from "./env";
import { getDb } from "./index";
import { insertMail } from "./queries/mail";
import { authSecret } from "./auth-secret";
import { clearSignInFailures } from "./sign-in-throttle";
import { account, session, twoFactor as twoFactorTable, user, verification } from "./schema/index";

const SESSION_DAYS = 7;
const RESET_LINK_MINUTES = 60;
/** Wrong second-step codes in a row before the step is locked, and for how long. */
export const TWO_FACTOR_LOCKOUT = { enabled: true, maxFailedAttempts: 5, durationSeconds: 15 * 60 } as const;

/**
 * The language of a reset message: the page it was asked from (its `redirectTo`, `/fr/reset-password`,
 * travels in better-auth's own link), else the browser's languages.
 */
function resetLocale(betterAuthUrl: string, request: Request | undefined): Locale {
  const callback = new URL(betterAuthUrl).searchParams.get("callbackURL") ?? "";
  const first = callback.split("/")[1];
  if (isLocale(first)) return first;
  return request ? localeFromAcceptLanguage(request.headers.get("accept-language")) : DEFAULT_LOCALE;
}

async function createAuth() {
  const db = await getDb();
  return betterAuth({
    appName: "Res45 Readiness",
    secret: await authSecret(db),
    baseURL: serverEnv().authUrl,
    database: drizzleAdapter(db, {
      provider: "pg",
      schema: { user, session, account, verification, twoFactor: twoFactorTable },
    }),
    emailAndPassword: {
      enabled: true,
      // Accounts are created by administrators, never by sign-up.
      disableSignUp: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: 256,
      // Reset by e-mail: the message is queued in the outbox (sent by server/mail-sender.ts), in the
      // language of the page it was asked from; the link opens our own page, which posts the new password
      // to /api/auth/reset-password. A reset ends every session of the account.
      resetPasswordTokenExpiresIn: RESET_LINK_MINUTES * 60,
      revokeSessionsOnPasswordReset: true,
      sendResetPassword: async ({ user: person, url, token }, request) => {
        // A disabled account cannot sign in: no message, and the same answer as for any other address.
        if ((person as { disabled?: boolean }).disabled) return;
        const locale = resetLocale(url, request);
        const origin = publicOrigin(request ? requestOrigin(request.headers, request.url) : new URL(url).origin);
        const link = `${origin}/${locale}/reset-password?token=${encodeURIComponent(token)}`;
        const mail = passwordResetMail(locale, { name: person.name, link, validMinutes: RESET_LINK_MINUTES });
        await insertMail(db, { recipient: person.email, locale, kind: "password_reset", ...mail });
      },
      // Someone locked out by failed sign-ins can use the new password at once.
      onPasswordReset: async ({ user: person }) => clearSignInFailures(person.email),
    },
    user: {
      additionalFields: {
        role: { type: "string", input: false, required: true, defaultValue: "focal_point" },
        memberStateIso3: { type: "string", input: false, required: false },
        disabled: { type: "boolean", input: false, required: true, defaultValue: false },
      },
    },
    session: {
      expiresIn: SESSION_DAYS * 24 * 60 * 60,
      updateAge: 24 * 60 * 60,
    },
    // Failed sign-ins are throttled per account and per address in db/sign-in-throttle.ts,
    // in the database so that every app server counts the same attempts.
    rateLimit: { enabled: false },
    // Mutating requests must come from this application's own origin.
    trustedOrigins: (request) => (request ? [requestOrigin(request.headers, request.url)] : []),
    advanced: {
      ...sessionCookieOptions(serverEnv().authUrl),
      database: { generateId: () => crypto.randomUUID() },
    },
    telemetry: { enabled: false },
    plugins: [
      // TOTP (any authenticator app) with backup codes; required for BDT accounts (lib/auth/two-factor.ts).
      // Enabling asks the password of an account that has one (an account signed in only by SSO has none).
      // Wrong codes are counted in the two_factor row (the database: every app server counts the same):
      // TWO_FACTOR_LOCKOUT failures in a row lock the second step for a while, answered 429.
      twoFactor({
        issuer: "Res45 Readiness",
        allowPasswordless: true,
        accountLockout: TWO_FACTOR_LOCKOUT,
      }),
      nextCookies(),
    ],
  });
}

export type Auth = Awaited<ReturnType<typeof createAuth>>;

const globalForAuth = globalThis as typeof globalThis & { __res45Auth?: Promise<Auth> };

export function getAuth(): Promise<Auth> {
  globalForAuth.__res45Auth ??= createAuth().catch((error) => {
    globalForAuth.__res45Auth = undefined;
    throw error;
  });
  return globalForAuth.__res45Auth;
}
