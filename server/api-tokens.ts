import "server-only";
import { createHash, randomBytes, randomUUID, timingSafeEqual } from "node:crypto";
import { getDb } from "@/db/index";
import { deleteApiToken, findApiToken, insertApiToken, listApiTokenRows, touchApiToken } from "@/db/queries/api-tokens";
import { loadActor } from "@/db/queries/users";
import { insertAccountEvent } from "@/db/queries/admin";
import { inTransaction, type Tx } from "@/db/transaction";
import type { AccountEventKind } from "@/lib/admin/account-events";
import { actorDisplayName, type Actor } from "@/lib/assessment/actor";
import { formatApiToken, parseApiToken, type ApiTokenView } from "@/lib/auth/api-token";
import type { NewApiToken } from "@/lib/auth/api-token.validation";
import { appError } from "@/lib/errors";
import { assertSessionActor } from "./access";

const DAY_MS = 24 * 60 * 60 * 1000;

function sha256Hex(secret: string): Buffer {
  return createHash("sha256").update(secret, "utf8").digest();
}

/**
 * A new personal token for the signed-in user (a browser session, not another token). The secret
 * is returned once, here, and kept only as its SHA-256.
 */
export async function createApiToken(
  actor: Actor,
  input: NewApiToken,
): Promise<{ id: string; token: string; name: string; write: boolean; expiresAt: string }> {
  assertSessionActor(actor);
  const id = randomUUID();
  const secret = randomBytes(32).toString("base64url");
  const expiresAt = new Date(Date.now() + input.expiresInDays * DAY_MS);
  await inTransaction(async (tx) => {
    await insertApiToken(tx, {
      id,
      userId: actor.userId,
      name: input.name,
      secretSha256: sha256Hex(secret).toString("hex"),
      write: input.write,
      expiresAt,
    });
    await recordOwnEvent(tx, actor, "api_token_created", `${input.name}${input.write ? " (write)" : ""}`);
  });
  return {
    id,
    token: formatApiToken(id, secret),
    name: input.name,
    write: input.write,
    expiresAt: expiresAt.toISOString(),
  };
}

/** The user's own tokens, oldest first, without their secrets. */
export async function listApiTokens(actor: Actor): Promise<ApiTokenView[]> {
  assertSessionActor(actor);
  const rows = await listApiTokenRows(await getDb(), actor.userId);
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    write: r.write,
    createdAt: r.createdAt.toISOString(),
    expiresAt: r.expiresAt.toISOString(),
    lastUsedAt: r.lastUsedAt?.toISOString() ?? null,
  }));
}

/** Revokes one of the user's own tokens at once; another user's token is "not found", as a missing one. */
export async function revokeApiToken(actor: Actor, id: string): Promise<void> {
  assertSessionActor(actor);
  await inTransaction(async (tx) => {
    const name = await deleteApiToken(tx, actor.userId, id);
    if (name === null) throw appError("not_found.token");
    await recordOwnEvent(tx, actor, "api_token_revoked", name);
  });
}

/** What a person did with their own credentials, in their account's history (administrators read it). */
function recordOwnEvent(tx: Tx, actor: Actor, kind: AccountEventKind, detail: string) {
  return insertAccountEvent(tx, {
    userId: actor.userId,
    userEmail: actor.email,
    actorId: actor.userId,
    actorName: actorDisplayName(actor),
    kind,
    detail,
  });
}

/**
 * The actor a bearer token stands for: its owner, with the token's write flag. An unknown,
 * malformed, revoked or expired token, or one whose account is disabled or gone, is 401.
 */
export async function actorFromApiToken(token: string): Promise<Actor> {
  const parsed = parseApiToken(token);
  if (!parsed) throw appError("auth.token_invalid");
  const db = await getDb();
  const row = await findApiToken(db, parsed.id);
  const presented = sha256Hex(parsed.secret);
  // The id only finds the row; the secret's hash is compared in constant time.
  const matches = row ? timingSafeEqual(Buffer.from(row.secretSha256, "hex"), presented) : false;
  if (!row || !matches || row.expiresAt.getTime() <= Date.now()) throw appError("auth.token_invalid");
  const owner = await loadActor(row.userId);
  if (!owner) throw appError("auth.token_invalid");
  await touchApiToken(db, row.id);
  return { ...owner, apiToken: { id: row.id, write: row.write } };
}
