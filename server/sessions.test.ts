import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { session } from "@/db/schema/index";
import type { Actor } from "@/lib/assessment/actor";
import { createActor, refusalCode, useServiceDatabase } from "./testing/service-database";
import { endOwnSession, listOwnSessions } from "./sessions";

const db = useServiceDatabase();
let analyst: Actor;
let kenya: Actor;

const FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";

async function addSession(userId: string, expiresInMs = 3_600_000, userAgent = FIREFOX) {
  const id = randomUUID();
  await db
    .connection()
    .db.insert(session)
    .values({
      id,
      token: randomUUID(),
      userId,
      userAgent,
      ipAddress: "192.0.2.7",
      expiresAt: new Date(Date.now() + expiresInMs),
    });
  return id;
}

beforeAll(async () => {
  analyst = await createActor(db.connection(), "analyst");
  kenya = await createActor(db.connection(), "focal_point", "KEN");
});

describe("one's own sessions", () => {
  it("lists the open ones with device, address and which is this one; not the expired ones", async () => {
    const here = await addSession(analyst.userId);
    const other = await addSession(analyst.userId, 3_600_000, "curl/8.5");
    await addSession(analyst.userId, -1000);
    const listed = await listOwnSessions(analyst, here);
    expect(listed.map((s) => s.id).sort()).toEqual([here, other].sort());
    expect(listed.find((s) => s.id === here)).toMatchObject({
      current: true,
      ipAddress: "192.0.2.7",
      device: { browser: "Firefox", system: "Linux" },
    });
    expect(listed.find((s) => s.id === other)).toMatchObject({ current: false, device: { browser: "curl" } });
  });

  it("ends one of them; another user's session is not found and stays open", async () => {
    const mine = await addSession(kenya.userId);
    const theirs = await addSession(analyst.userId);
    expect(await refusalCode(endOwnSession(kenya, theirs))).toBe("not_found.session");
    await endOwnSession(kenya, mine);
    expect((await listOwnSessions(kenya, null)).map((s) => s.id)).not.toContain(mine);
    expect((await listOwnSessions(analyst, null)).map((s) => s.id)).toContain(theirs);
  });

  it("is not managed with an API token", async () => {
    const viaToken = { ...analyst, apiToken: { id: randomUUID(), write: true } };
    expect(await refusalCode(listOwnSessions(viaToken, null))).toBe("forbidden.session_required");
    expect(await refusalCode(endOwnSession(viaToken, randomUUID()))).toBe("forbidden.session_required");
  });
});
