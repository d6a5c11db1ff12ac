import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { insertTotpFactor } from "@/db/auth-secret";
import { accountEvents, session, twoFactor, user } from "@/db/schema/index";
import type { Actor } from "@/lib/assessment/actor";
import { resetAccountTwoFactor } from "./admin";
import { createActor, refusalCode, useServiceDatabase } from "./testing/service-database";

const db = useServiceDatabase();
const SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

let admin: Actor;
let analyst: Actor;
let kenya: Actor;

beforeAll(async () => {
  admin = await createActor(db.connection(), "admin");
  analyst = await createActor(db.connection(), "analyst");
  kenya = await createActor(db.connection(), "focal_point", "KEN");
});

async function factorOf(userId: string) {
  const [row] = await db.connection().db.select().from(user).where(eq(user.id, userId));
  const factors = await db.connection().db.select().from(twoFactor).where(eq(twoFactor.userId, userId));
  return { enabled: row!.twoFactorEnabled, rows: factors.length };
}

describe("an administrator's reset of a lost second factor", () => {
  it("removes the factor, ends the sessions and writes who did it in the accounts' audit trail", async () => {
    await insertTotpFactor(db.connection().db, analyst.userId, SECRET);
    await db
      .connection()
      .db.insert(session)
      .values({
        id: randomUUID(),
        token: randomUUID(),
        userId: analyst.userId,
        expiresAt: new Date(Date.now() + 3_600_000),
      });
    expect(await factorOf(analyst.userId)).toEqual({ enabled: true, rows: 1 });

    const result = await resetAccountTwoFactor(admin, { userId: analyst.userId });

    expect(result.sessionsEnded).toBe(1);
    expect(result.account.twoFactorEnabled).toBe(false);
    expect(await factorOf(analyst.userId)).toEqual({ enabled: false, rows: 0 });
    const events = await db
      .connection()
      .db.select()
      .from(accountEvents)
      .where(eq(accountEvents.userId, analyst.userId));
    expect(events).toMatchObject([
      { kind: "two_factor_reset", actorId: admin.userId, userEmail: analyst.email, actorName: admin.name },
    ]);
  });

  it("refuses an account without a factor, and changes nothing", async () => {
    expect(await refusalCode(resetAccountTwoFactor(admin, { userId: kenya.userId }))).toBe("not_found.two_factor");
    expect(await refusalCode(resetAccountTwoFactor(admin, { userId: "no-such-user" }))).toBe("not_found.account");
  });

  it("is for administrators only, and never on their own account", async () => {
    await insertTotpFactor(db.connection().db, admin.userId, SECRET);
    await insertTotpFactor(db.connection().db, kenya.userId, SECRET);
    expect(await refusalCode(resetAccountTwoFactor(analyst, { userId: kenya.userId }))).toBe("forbidden.admin_only");
    expect(await refusalCode(resetAccountTwoFactor(kenya, { userId: kenya.userId }))).toBe("forbidden.admin_only");
    expect(await refusalCode(resetAccountTwoFactor(admin, { userId: admin.userId }))).toBe(
      "forbidden.own_account_two_factor",
    );
    expect(await factorOf(kenya.userId)).toEqual({ enabled: true, rows: 1 });
    expect(await factorOf(admin.userId)).toEqual({ enabled: true, rows: 1 });
  });

  it("keeps its audit trail append-only", async () => {
    await expect(db.connection().db.delete(accountEvents)).rejects.toThrow();
  });
});
