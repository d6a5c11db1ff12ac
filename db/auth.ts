import "server-only";
import { randomBytes } from "node:crypto";
import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { nextCookies } from "better-auth/next-js";
import { eq } from "drizzle-orm";
import { requestOrigin } from "@/lib/api/origin";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/sign-in.validation";
import { sessionCookieOptions } from "@/lib/auth/cookies";
import type { Database } from "./client";
import { serverEnv } from "./env";
import { getDb } from "./index";
import { account, appMeta, session, user, verification } from "./schema/index";

const SESSION_DAYS = 7;

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
