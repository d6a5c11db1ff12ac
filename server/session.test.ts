import { randomUUID } from "node:crypto";
import { makeSignature } from "better-auth/crypto";
import { eq } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { session, user } from "@/db/schema/index";
import type { Actor } from "@/lib/assessment/actor";
import { getAuth, type Auth } from "./auth";
import { actorFromHeaders } from "./session";
import { createActor, useServiceDatabase } from "./testing/service-database";

const db = useServiceDatabase();
const DAY = 24 * 60 * 60 * 1000;
let auth: Auth;
let kenya: Actor;

beforeAll(async () => {
  auth = await getAuth();
  kenya = await createActor(db.connection(), "focal_point", "KEN");
});
afterEach(() => vi.restoreAllMocks());

/** A session row as better-auth writes it at sign-in, expiring `expiresInMs` from now. */
async function addSession(userId: string, expiresInMs: number): Promise<string> {
  const token = randomUUID().replaceAll("-", "");
  await db
    .connection()
    .db.insert(session)
    .values({ id: randomUUID(), token, userId, expiresAt: new Date(Date.now() + expiresInMs) });
  return token;
}

/** The request headers of a browser holding the session cookie better-auth set for `token`. */
async function browserHeaders(token: string, signature?: string): Promise<Headers> {
  const context = await auth.$context;
  const signed = `${token}.${signature ?? (await makeSignature(token, context.secret))}`;
  return new Headers({
    cookie: `NEXT_LOCALE=fr; ${context.authCookies.sessionToken.name}=${encodeURIComponent(signed)}`,
  });
}

async function sessionRow(token: string) {
  const [row] = await db.connection().db.select().from(session).where(eq(session.token, token));
  return row;
}

describe("the signed-in user behind a request", () => {
  it("is read from a fresh session without better-auth's getSession, and is the account's actor", async () => {
    const token = await addSession(kenya.userId, 7 * DAY - 60_000);
    const getSession = vi.spyOn(auth.api, "getSession");
    const actor = await actorFromHeaders(await browserHeaders(token));
    expect(actor).toMatchObject({ userId: kenya.userId, role: "focal_point", memberStateIso3: "KEN" });
    expect(getSession).not.toHaveBeenCalled();
  });

  it("is the same user better-auth's getSession finds", async () => {
    const headers = await browserHeaders(await addSession(kenya.userId, 7 * DAY - 60_000));
    const viaBetterAuth = await auth.api.getSession({ headers });
    expect((await actorFromHeaders(headers))?.userId).toBe(viaBetterAuth?.user.id);
  });

  it("is nobody when the cookie's signature is not the server's", async () => {
    const token = await addSession(kenya.userId, 7 * DAY - 60_000);
    // Its genuine cookie was checked already: that does not let a forged one through.
    expect((await actorFromHeaders(await browserHeaders(token)))?.userId).toBe(kenya.userId);
    const forged = await makeSignature(token, "not-the-server-secret-not-the-server-secret");
    expect(await actorFromHeaders(await browserHeaders(token, forged))).toBeNull();
    expect(await actorFromHeaders(new Headers({ cookie: "NEXT_LOCALE=fr" }))).toBeNull();
    expect(await actorFromHeaders(new Headers())).toBeNull();
  });

  it("is nobody once the session is ended, or the account disabled, on the very next request", async () => {
    const ended = await addSession(kenya.userId, 7 * DAY - 60_000);
    const headers = await browserHeaders(ended);
    expect((await actorFromHeaders(headers))?.userId).toBe(kenya.userId);
    await db.connection().db.delete(session).where(eq(session.token, ended));
    expect(await actorFromHeaders(headers)).toBeNull();

    const other = await createActor(db.connection(), "focal_point", "GHA");
    const stillOpen = await browserHeaders(await addSession(other.userId, 7 * DAY - 60_000));
    expect((await actorFromHeaders(stillOpen))?.userId).toBe(other.userId);
    await db.connection().db.update(user).set({ disabled: true }).where(eq(user.id, other.userId));
    expect(await actorFromHeaders(stillOpen)).toBeNull();
  });

  it("leaves an expired session to better-auth, which removes it", async () => {
    const token = await addSession(kenya.userId, -60_000);
    expect(await actorFromHeaders(await browserHeaders(token))).toBeNull();
    expect(await sessionRow(token)).toBeUndefined();
  });

  it("leaves a session due for refresh to better-auth, which extends it", async () => {
    const token = await addSession(kenya.userId, 2 * DAY);
    const before = (await sessionRow(token))!.expiresAt.valueOf();
    const getSession = vi.spyOn(auth.api, "getSession");
    expect((await actorFromHeaders(await browserHeaders(token)))?.userId).toBe(kenya.userId);
    expect(getSession).toHaveBeenCalledOnce();
    expect((await sessionRow(token))!.expiresAt.valueOf()).toBeGreaterThan(before + 4 * DAY);
  });
});
