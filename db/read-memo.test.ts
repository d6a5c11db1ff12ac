import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { StampedCache } from "@/lib/cache/stamped-cache";
import type { Connection } from "./client";
import { readUntilNextWrite } from "./read-memo";
import { memberStates } from "./schema/index";
import { seedReferenceData } from "./seed/reference";
import { openTestDatabase } from "./test-database";

// On PGlite in a fresh folder, or on a fresh database of the DATABASE_URL server.
let connection: Connection;
let drop: () => Promise<void>;

beforeAll(async () => {
  ({ connection, drop } = await openTestDatabase());
  await seedReferenceData(connection.db);
});
afterAll(() => drop());

/** Kenya's region as the database has it, counting how often the database was asked. */
function kenyasRegion(cache: StampedCache<string | undefined>, asked: { count: number }) {
  return readUntilNextWrite(connection, cache, "KEN", async () => {
    asked.count++;
    const [row] = await connection.db
      .select({ region: memberStates.region })
      .from(memberStates)
      .where(eq(memberStates.iso3, "KEN"));
    return row?.region;
  });
}

describe("readUntilNextWrite", () => {
  it("answers from memory on PGlite until a statement that may write is sent, and asks every time on Postgres", async () => {
    const cache = new StampedCache<string | undefined>(4);
    const asked = { count: 0 };
    expect(await kenyasRegion(cache, asked)).toBe("africa");
    // Other reads do not move the stamp.
    await connection.db.select().from(memberStates).where(eq(memberStates.iso3, "GHA"));
    expect(await kenyasRegion(cache, asked)).toBe("africa");
    expect(asked.count).toBe(connection.kind === "pglite" ? 1 : 2);

    await connection.db.update(memberStates).set({ region: "arab-states" }).where(eq(memberStates.iso3, "KEN"));
    expect(await kenyasRegion(cache, asked)).toBe("arab-states");
  });

  it("does not keep what a read saw while a transaction was writing", async () => {
    const cache = new StampedCache<string | undefined>(4);
    const asked = { count: 0 };
    const before = kenyasRegion(cache, asked);
    await connection.db.transaction(async (tx) => {
      await tx.update(memberStates).set({ region: "africa" }).where(eq(memberStates.iso3, "KEN"));
    });
    // Sent before the transaction, so it may have seen the old region; it must not be served afterwards.
    await before;
    expect(await kenyasRegion(cache, asked)).toBe("africa");
    expect(await kenyasRegion(cache, asked)).toBe("africa");
    expect(asked.count).toBe(connection.kind === "pglite" ? 2 : 3);
  });

  it("keeps no failed read", async () => {
    const cache = new StampedCache<string>(4);
    let calls = 0;
    const failing = () =>
      readUntilNextWrite(connection, cache, "x", async () => {
        calls++;
        throw new Error("refused");
      });
    await expect(failing()).rejects.toThrow("refused");
    await expect(failing()).rejects.toThrow("refused");
    expect(calls).toBe(2);
  });
});
