import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connection } from "./client";
import { serverEnv } from "./env";
import { rowsOf } from "./rows";
import { memberStates } from "./schema/index";
import { seedReferenceData } from "./seed/reference";
import { openTestDatabase } from "./test-database";

let connection: Connection;
let drop: () => Promise<void>;

beforeAll(async () => {
  ({ connection, drop } = await openTestDatabase());
  await seedReferenceData(connection.db);
});
afterAll(() => drop());

const PREPARED = sql`select statement from pg_prepared_statements`;

/** Kenya's region, read with a parameter as every query of the app is. */
const kenyasRegion = (db: Pick<Connection["db"], "select">) =>
  db.select({ region: memberStates.region }).from(memberStates).where(eq(memberStates.iso3, "KEN"));

// On a Postgres server each statement is prepared once per connection (db/prepared-statements.ts); PGlite keeps
// no statements between queries, so this file has nothing to check there. The engine is the one openTestDatabase
// chose, from the one environment module.
describe.runIf(serverEnv().databaseUrl)("statements on a Postgres server", () => {
  it("are prepared on their connection and give the same answers when run again", async () => {
    const { first, again, prepared } = await connection.db.transaction(async (tx) => {
      const first = await kenyasRegion(tx);
      const again = await kenyasRegion(tx);
      const prepared = rowsOf<{ statement: string }>(await tx.execute(PREPARED)).map((r) => r.statement);
      return { first, again, prepared };
    });
    expect(first).toEqual([{ region: "africa" }]);
    expect(again).toEqual(first);
    expect(prepared.filter((s) => s.includes('from "member_states"'))).toHaveLength(1);
  });

  it("give the same answers outside a transaction and in a nested one (a savepoint)", async () => {
    expect(await kenyasRegion(connection.db)).toEqual([{ region: "africa" }]);
    const nested = await connection.db.transaction((tx) => tx.transaction((inner) => kenyasRegion(inner)));
    expect(nested).toEqual([{ region: "africa" }]);
  });
});
