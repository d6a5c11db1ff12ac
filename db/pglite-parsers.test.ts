import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connection } from "./client";
import { rowsOf } from "./rows";
import { cycles } from "./schema/index";
import { seedReferenceData } from "./seed/reference";
import { openTestDatabase } from "./test-database";

let connection: Connection;
let drop: () => Promise<void>;

beforeAll(async () => {
  ({ connection, drop } = await openTestDatabase());
  await seedReferenceData(connection.db);
});
afterAll(() => drop());

const DATES = sql`select '2026-01-02 03:04:05+00'::timestamptz as at, '2026-01-02'::date as day, '1 day'::interval as span, 2::int as n`;

// The parsers drizzle sends with each query are set on the PGlite instance instead (db/pglite-parsers.ts); on a
// Postgres server nothing changed. Either way drizzle must get what it converts itself: the text of dates.
describe("the values drizzle reads", () => {
  it("are dates as text in raw statements, in and out of transactions", async () => {
    const outside = rowsOf<Record<string, unknown>>(await connection.db.execute(DATES))[0];
    const inside = await connection.db.transaction(
      async (tx) => rowsOf<Record<string, unknown>>(await tx.execute(DATES))[0],
    );
    for (const row of [outside, inside]) {
      expect(typeof row?.at).toBe("string");
      expect(new Date(String(row?.at)).toISOString()).toBe("2026-01-02T03:04:05.000Z");
      expect(row?.day).toBe("2026-01-02");
      expect(row?.span).toMatch(/^1 day/);
      expect(row?.n).toBe(2);
    }
  });

  it("are Date objects in the columns drizzle maps", async () => {
    const [cycle] = await connection.db.select({ openedAt: cycles.openedAt }).from(cycles).limit(1);
    expect(cycle?.openedAt).toBeInstanceOf(Date);
    const read = await connection.db.transaction((tx) =>
      tx.select({ openedAt: cycles.openedAt }).from(cycles).limit(1),
    );
    expect(read[0]?.openedAt).toEqual(cycle?.openedAt);
  });
});
