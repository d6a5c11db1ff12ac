import "server-only";
import { betterAuth, type BetterAuthPlugin } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { APIError, createAuthMiddleware, isAPIError } from "better-auth/api";
import { deleteSessionCookie } from "better-auth/cookies";
import { generateRandomString } from "better-auth/crypto";
import { hashPassword, verifyPassword } from "./password-hash";
import { nextCookies } from "better-auth/next-js";
import { genericOAuth } from "better-auth/plugins/generic-oauth";
import { twoFactor } from "better-auth/plugins/two-factor";
import { eq } from "drizzle-orm";
import type { OidcProvider } from "@/lib/config/env";
import { AppError, appError, type ErrorCode } from "@/lib/errors";
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
import type { Database } from "./client";

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

/** What a new account made by single sign-on gets: the invitation's person, role and Member State. */
export interface SignOnAccount {
  id: string;
  name: string;
  role: string;
  memberStateIso3: string | null;
}

/**
 * The rules of single sign-on that belong to the service layer (server/invitations.ts), handed in by
 * server/auth.ts: db/ may not import server/. Each refuses by throwing an AppError.
 */
export interface SignOnRules {
  /** A person the provider signed in has no account yet: the account to make for them, or a refusal. */
  newAccount(profile: { email: string; emailVerified: boolean }): Promise<SignOnAccount>;
  /** The account was made: the invitation it came from is accepted (or the account removed and refused). */
  accountMade(account: { id: string; email: string }): Promise<void>;
}

/** better-auth's browser flows carry a refusal's code to the page (`?error=<code>`): an AppError's own code. */
function asApiError(error: unknown): unknown {
  if (!(error instanceof AppError)) return error;
  return new APIError("FORBIDDEN", { code: error.code, message: error.message });
}

async function refuseAsApiError<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw asApiError(error);
  }
}

/**
 * One better-auth generic OAuth provider per configured OpenID provider: the authorization-code flow with
 * PKCE (S256), scopes openid email profile, client authentication by HTTP Basic. The discovery document is
 * fetched when someone first signs in with the provider (`signInTimeDiscovery`), not when the server starts.
 */
function oidcPlugin(providers: OidcProvider[]): BetterAuthPlugin {
  const config = providers.map((provider) => ({
    providerId: provider.id,
    name: provider.name,
    discoveryUrl: `${provider.issuer.replace(/\/+$/, "")}/.well-known/openid-configuration`,
    clientId: provider.clientId,
    clientSecret: provider.clientSecret,
    scopes: ["openid", "email", "profile"],
    pkce: true,
    authentication: "basic" as const,
    // Only the provider's e-mail address and its verification decide; nothing else of its profile is kept.
    overrideUserInfo: false,
  }));
  return signInTimeDiscovery(genericOAuth({ config }), config);
}

/**
 * The generic OAuth plugin fetches every discovery document when better-auth starts, with no time limit,
 * and retries a failed one (within 10 s) when someone signs in with that provider. Starting with every
 * provider "not yet discovered" makes the fetch happen at sign-in, bounded: an identity provider that is
 * down or slow when the server starts cannot hold up password sign-ins, and one that comes back later works.
 */
function signInTimeDiscovery(plugin: BetterAuthPlugin, config: { providerId: string }[]): BetterAuthPlugin {
  return {
    ...plugin,
    init: async () => ({
      context: {
        genericOAuthPendingDiscovery: new Map(config.map((provider) => [provider.providerId, provider])),
      } as Record<string, unknown>,
    }),
  };
}

/** better-auth's two-factor plugin: the cookie that carries a pending second step (its constant.mjs). */
const TWO_FACTOR_COOKIE = "two_factor";
const TWO_FACTOR_STEP_SECONDS = 600;

/**
 * Single sign-on and the second factor: the two-factor plugin asks the code after a password only. An
 * account with a factor that signs in through an OpenID provider gets the same second step: the session
 * just made is ended and the browser goes to the sign-in page's code step (`step=code`), where the
 * plugin's own verify endpoints finish the sign-in (with the same lock-out after wrong codes).
 */
function secondStepAfterSignOn(): BetterAuthPlugin {
  return {
    id: "res45-sso-second-step",
    hooks: {
      after: [
        {
          matcher: (context) => context.path === "/callback/:id",
          handler: createAuthMiddleware(async (ctx) => {
            const signedIn = ctx.context.newSession;
            if (!signedIn || !(signedIn.user as { twoFactorEnabled?: boolean }).twoFactorEnabled) return;
            // The callback answered with its redirect (an APIError "FOUND" carrying the location).
            const returned = ctx.context.returned;
            const headers = isAPIError(returned) ? (returned as { headers?: HeadersInit }).headers : undefined;
            const location = headers ? new Headers(headers).get("location") : null;
            if (!location) return;
            deleteSessionCookie(ctx, true);
            await ctx.context.internalAdapter.deleteSession(signedIn.session.token);
            ctx.context.setNewSession(null);
            const cookie = ctx.context.createAuthCookie(TWO_FACTOR_COOKIE, { maxAge: TWO_FACTOR_STEP_SECONDS });
            const identifier = `2fa-${generateRandomString(20)}`;
            const expiresAt = new Date(Date.now() + TWO_FACTOR_STEP_SECONDS * 1000);
            await ctx.context.internalAdapter.createVerificationValue({
              value: signedIn.user.id,
              identifier,
              expiresAt,
            });
            await ctx.context.internalAdapter.createVerificationValue({
              value: "0",
              identifier: `2fa-attempts-${identifier}`,
              expiresAt,
            });
            await ctx.setSignedCookie(cookie.name, identifier, ctx.context.secret, cookie.attributes);
            const codeStep = new URL(location, "http://placeholder.invalid");
            codeStep.searchParams.set("step", "code");
            throw ctx.redirect(`${codeStep.pathname}${codeStep.search}`);
          }),
        },
      ],
    },
  };
}

/** A disabled account gets no session, whichever way it signs in (password, second step, single sign-on). */
async function refuseDisabled(db: Database, userId: string): Promise<void> {
  const [row] = await db.select({ disabled: user.disabled }).from(user).where(eq(user.id, userId));
  if (row?.disabled) throw asApiError(appError("forbidden.account_disabled" satisfies ErrorCode));
}

export async function createAuth(signOn: SignOnRules) {
  const db = await getDb();
  const { oidcProviders } = serverEnv();
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
      // better-auth's own scrypt, one hash at a time per process (db/password-hash.ts says why).
      password: { hash: hashPassword, verify: verifyPassword },
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
    // Single sign-on finds the account by the provider's e-mail address. An existing account is linked
    // only when the provider says the address is verified (no provider is trusted without it), and
    // nothing of the provider's profile changes the account (its role and Member State stay ours).
    account: {
      accountLinking: {
        enabled: true,
        trustedProviders: [],
        requireLocalEmailVerified: true,
        updateUserInfoOnLink: false,
      },
    },
    databaseHooks: {
      user: {
        create: {
          // better-auth makes an account only for single sign-on (sign-up is off; invitations and
          // administrators write accounts themselves): only for a verified address with an invitation.
          before: async (person) =>
            refuseAsApiError(async () => {
              const made = await signOn.newAccount({
                email: person.email,
                emailVerified: person.emailVerified === true,
              });
              return {
                data: {
                  ...person,
                  ...made,
                  image: null,
                  emailVerified: true,
                  disabled: false,
                },
              };
            }),
          after: async (person) => refuseAsApiError(() => signOn.accountMade({ id: person.id, email: person.email })),
        },
      },
      session: {
        create: {
          before: async (newSession) => {
            await refuseDisabled(db, newSession.userId);
          },
        },
      },
    },
    // A refusal better-auth cannot send back to the page that started a sign-in lands on the sign-in page.
    onAPIError: { errorURL: `/${DEFAULT_LOCALE}/sign-in` },
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
      ...(oidcProviders.length > 0 ? [oidcPlugin(oidcProviders), secondStepAfterSignOn()] : []),
      nextCookies(),
    ],
  });
}

export type Auth = Awaited<ReturnType<typeof createAuth>>;
