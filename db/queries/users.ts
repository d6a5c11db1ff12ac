import "server-only";
import { and, eq } from "drizzle-orm";
import type { Actor } from "@/lib/assessment/actor";
import { ROLES, type Role } from "@/lib/assessment/status";
import { StampedCache } from "@/lib/cache/stamped-cache";
import { getConnection, getDb } from "../index";
import { readUntilNextWrite } from "../read-memo";
import { account, session, user } from "../schema/index";

type ActorColumns = Pick<
  typeof user.$inferSelect,
  "id" | "email" | "name" | "role" | "memberStateIso3" | "twoFactorEnabled" | "disabled"
>;
const actorColumns = {
  id: user.id,
  email: user.email,
  name: user.name,
  role: user.role,
  memberStateIso3: user.memberStateIso3,
  twoFactorEnabled: user.twoFactorEnabled,
  disabled: user.disabled,
};

/** The asker an account row makes: none for a disabled account or a role this version does not know. */
function actorOf(row: ActorColumns | undefined): Actor | null {
  if (!row || row.disabled) return null;
  const role = (ROLES as readonly string[]).includes(row.role) ? (row.role as Role) : null;
  if (!role) return null;
  return {
    userId: row.id,
    email: row.email,
    name: row.name,
    role,
    memberStateIso3: row.memberStateIso3,
    twoFactorEnabled: row.twoFactorEnabled,
  };
}

/** The asker, from a session's user id; null when the account is gone or disabled. */
export async function loadActor(userId: string): Promise<Actor | null> {
  const db = await getDb();
  const [row] = await db.select(actorColumns).from(user).where(eq(user.id, userId));
  return actorOf(row);
}

type SessionActor = Readonly<{ expiresAt: Date; actor: Readonly<Actor> | null }>;

/** Sessions read since the last write (PGlite): every signed-in request asks, most of them for few sessions. */
const sessionActors = new StampedCache<SessionActor | undefined>(1000);

/**
 * A session by its token with the asker behind it, in one query: its expiry and last update (which
 * decide whether better-auth must refresh it) and the account's actor (null when disabled).
 * Undefined when no session has the token. Frozen: on PGlite, requests share it until the next write.
 */
export async function findSessionActor(token: string): Promise<SessionActor | undefined> {
  const connection = await getConnection();
  return readUntilNextWrite(connection, sessionActors, token, async () => {
    const [row] = await connection.db
      .select({ expiresAt: session.expiresAt, account: actorColumns })
      .from(session)
      .innerJoin(user, eq(user.id, session.userId))
      .where(eq(session.token, token));
    if (!row) return undefined;
    const actor = actorOf(row.account);
    return Object.freeze({ expiresAt: row.expiresAt, actor: actor && Object.freeze(actor) });
  });
}

/** The account an e-mail address signs in to (and whether it is disabled), or null when none has it. */
export async function findAccountByEmail(
  email: string,
): Promise<{ id: string; email: string; disabled: boolean } | null> {
  const db = await getDb();
  const [row] = await db
    .select({ id: user.id, email: user.email, disabled: user.disabled })
    .from(user)
    .where(eq(user.email, email.trim().toLowerCase()));
  return row ?? null;
}

/** Whether the account has a password (an account that only ever signed in by SSO has none). */
export async function hasPasswordCredential(userId: string): Promise<boolean> {
  const db = await getDb();
  const [row] = await db
    .select({ password: account.password })
    .from(account)
    .where(and(eq(account.userId, userId), eq(account.providerId, "credential")));
  return Boolean(row?.password);
}
