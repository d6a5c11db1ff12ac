import { randomBytes } from "node:crypto";
import { symmetricEncrypt } from "better-auth/crypto";
import { eq } from "drizzle-orm";
import type { Database } from "./client";
import { serverEnv } from "./env";
import { appMeta, twoFactor, user } from "./schema/index";

/**
 * The secret that signs session cookies: BETTER_AUTH_SECRET when set, else one
 * generated once and kept in the database, so every app server of one database
 * shares it and sessions survive a restart.
 */
export async function authSecret(db: Database): Promise<string> {
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

/**
 * Gives an account a confirmed TOTP factor with a known base32 secret (the demo accounts, tests): stored as
 * better-auth stores an imported secret (`base32:` prefix, encrypted with the auth secret), no backup codes.
 */
export async function insertTotpFactor(db: Database, userId: string, base32Secret: string): Promise<void> {
  const key = await authSecret(db);
  const secret = await symmetricEncrypt({ key, data: `base32:${base32Secret}` });
  const backupCodes = await symmetricEncrypt({ key, data: "[]" });
  await db.transaction(async (tx) => {
    await tx.delete(twoFactor).where(eq(twoFactor.userId, userId));
    await tx.insert(twoFactor).values({ id: crypto.randomUUID(), userId, secret, backupCodes, verified: true });
    await tx.update(user).set({ twoFactorEnabled: true }).where(eq(user.id, userId));
  });
}
