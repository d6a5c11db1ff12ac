import "server-only";
import { randomBytes } from "node:crypto";
import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { nextCookies } from "better-auth/next-js";
import { eq } from "drizzle-orm";
import { requestOrigin } from "@/lib/api/origin";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/sign-in.validation";
import { sessionCookieOptions } from "@/lib/auth/cookies";
import { DEFAULT_LOCALE, isLocale, localeFromAcceptLanguage, type Locale } from "@/lib/i18n/locales";
import { passwordResetMail } from "@/lib/mail/templates";
import type { Database } from "./client";
import { publicOrigin, serverEnv } from "./env";
import { getDb } from "./index";
import { insertMail } from "./queries/mail";
import { clearSignInFailures } from "./sign-in-throttle";
import { account, appMeta, session, user, verification } from "./schema/index";

const SESSION_DAYS = 7;
const RESET_LINK_MINUTES = 60;

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

/**
 * The secret that signs session cookies: BETTER_AUTH_SECRET when set, else one
 * generated once and kept in the database, so every app server of one database
 * shares it and sessions survive a restart.
 */
async function authSecret(db: Database): Promise<string> {
  const fromEnv = serverEnv().authSecret;
  if (fromEnv) return fromEnv;
  await db
    .insert(appMeta)
    .values({ key: "auth_secret", value: randomBytes(32).toString("base64url") })
    .onConflictDoNothing();
  const [row] = await db.select().from(appMeta).where(eq(appMeta.key, "auth_secret"));
  if (!row) throw new Error("Could not read the session secret from app_meta");
  return row.value;
}

async function createAuth() {
  const db = await getDb();
  return betterAuth({
    appName: "Res45 Readiness",
    secret: await authSecret(db),
    baseURL: serverEnv().authUrl,
    database: drizzleAdapter(db, { provider: "pg", schema: { user, session, account, verification } }),
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
    plugins: [nextCookies()],
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
