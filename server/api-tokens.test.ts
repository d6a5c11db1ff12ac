import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { apiTokens, user } from "@/db/schema/index";
import type { Actor } from "@/lib/assessment/actor";
import { parseApiToken } from "@/lib/auth/api-token";
import { createActor, refusalCode, useServiceDatabase } from "./testing/service-database";
import { actorFromApiToken, createApiToken, listApiTokens, revokeApiToken } from "./api-tokens";
import { actorFromRequest } from "./session";

const db = useServiceDatabase();
let analyst: Actor;
let kenya: Actor;

beforeAll(async () => {
  analyst = await createActor(db.connection(), "analyst");
  kenya = await createActor(db.connection(), "focal_point", "KEN");
});

const readOnly = { name: "Power BI", expiresInDays: 30, write: false };
const bearer = (token: string, method = "GET") =>
  new Request("http://localhost/api/v1/cycles", { method, headers: { authorization: `Bearer ${token}` } });

describe("personal API tokens", () => {
  it("stores only the secret's SHA-256 and lists the token without it", async () => {
    const created = await createApiToken(analyst, readOnly);
    const { secret } = parseApiToken(created.token)!;
    const [row] = await db.connection().db.select().from(apiTokens).where(eq(apiTokens.id, created.id));
    expect(row!.secretSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain(secret);
    const listed = (await listApiTokens(analyst)).find((t) => t.id === created.id)!;
    expect(listed).toMatchObject({ name: "Power BI", write: false, lastUsedAt: null });
    expect(JSON.stringify(listed)).not.toContain(secret);
    expect(await listApiTokens(kenya)).toEqual([]);
  });

  it("stands for its owner with the token's write flag, and records its use", async () => {
    const created = await createApiToken(analyst, { ...readOnly, write: true });
    const actor = await actorFromApiToken(created.token);
    expect(actor).toMatchObject({ userId: analyst.userId, role: "analyst", apiToken: { id: created.id, write: true } });
    expect((await listApiTokens(analyst)).find((t) => t.id === created.id)!.lastUsedAt).not.toBeNull();
  });

  it("refuses a wrong secret, a malformed token, an expired one, a revoked one and one of a disabled account (401)", async () => {
    const created = await createApiToken(analyst, readOnly);
    const wrongSecret = created.token.slice(0, -2) + (created.token.endsWith("AA") ? "BB" : "AA");
    expect(await refusalCode(actorFromApiToken(wrongSecret))).toBe("auth.token_invalid");
    expect(await refusalCode(actorFromApiToken("r45_nonsense"))).toBe("auth.token_invalid");

    const expiring = await createApiToken(analyst, readOnly);
    await db
      .connection()
      .db.update(apiTokens)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(apiTokens.id, expiring.id));
    expect(await refusalCode(actorFromApiToken(expiring.token))).toBe("auth.token_invalid");

    await revokeApiToken(analyst, created.id);
    expect(await refusalCode(actorFromApiToken(created.token))).toBe("auth.token_invalid");

    const person = await createActor(db.connection(), "analyst");
    const theirs = await createApiToken(person, readOnly);
    await db.connection().db.update(user).set({ disabled: true }).where(eq(user.id, person.userId));
    expect(await refusalCode(actorFromApiToken(theirs.token))).toBe("auth.token_invalid");
  });

  it("lets only the owner revoke a token: another user's is not found", async () => {
    const created = await createApiToken(analyst, readOnly);
    expect(await refusalCode(revokeApiToken(kenya, created.id))).toBe("not_found.token");
    expect(await actorFromApiToken(created.token)).toMatchObject({ userId: analyst.userId });
  });

  it("cannot be managed with a token: a token cannot mint, list or revoke tokens", async () => {
    const created = await createApiToken(analyst, { ...readOnly, write: true });
    const viaToken = await actorFromApiToken(created.token);
    expect(await refusalCode(createApiToken(viaToken, readOnly))).toBe("forbidden.session_required");
    expect(await refusalCode(listApiTokens(viaToken))).toBe("forbidden.session_required");
    expect(await refusalCode(revokeApiToken(viaToken, created.id))).toBe("forbidden.session_required");
  });
});

describe("the actor of a REST request with a bearer token", () => {
  it("reads with a read-only token and is refused every method that changes data (403)", async () => {
    const { token } = await createApiToken(kenya, readOnly);
    expect(await actorFromRequest(bearer(token))).toMatchObject({ userId: kenya.userId, memberStateIso3: "KEN" });
    for (const method of ["POST", "PATCH", "PUT", "DELETE"])
      expect(await refusalCode(actorFromRequest(bearer(token, method)))).toBe("forbidden.token_read_only");
  });

  it("writes with a token made for writing", async () => {
    const { token } = await createApiToken(kenya, { ...readOnly, write: true });
    expect(await actorFromRequest(bearer(token, "PATCH"))).toMatchObject({ userId: kenya.userId });
  });
});
