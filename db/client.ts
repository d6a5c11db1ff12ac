import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { serverEnv, type ServerEnv } from "./env";
import * as schema from "./schema/index";

/**
 * The only module that knows which Postgres runs: PGlite (embedded, WASM) when
 * DATABASE_URL is unset, a Postgres server otherwise. Everything else uses `Database`.
 */
export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;
export type DatabaseKind = "pglite" | "postgres";

export interface Connection {
  db: Database;
  kind: DatabaseKind;
  /**
   * PGlite only: a stamp that changes whenever a statement that may write is sent (see db/read-memo.ts).
   * Null on a Postgres server, where other app servers write too.
   */
  writeStamp: (() => string) | null;
  migrate(): Promise<void>;
  close(): Promise<void>;
}

/** Statements that cannot write: drizzle sends every read as a plain `select`. Anything else counts as a write. */
const READ_ONLY_STATEMENT = /^\s*select\s/i;

/**
 * Statements sent to any PGlite connection of this process that may have written: one counter for all
 * of them, so two connections (one per test file) never share a stamp.
 */
let pgliteWrites = 0;

const MIGRATIONS_FOLDER = "db/migrations";

export async function openConnection(env: ServerEnv = serverEnv()): Promise<Connection> {
  const migrationsFolder = `${process.cwd()}/${MIGRATIONS_FOLDER}`;
  if (env.databaseUrl) {
    const url = env.databaseUrl;
    const { default: postgres } = await import("postgres");
    const { drizzle } = await import("drizzle-orm/postgres-js");
    const { migrate } = await import("drizzle-orm/postgres-js/migrator");
    const client = postgres(url, { max: 10, onnotice: () => {} });
    const { preparingStatements } = await import("./prepared-statements");
    const db = drizzle(preparingStatements(client), { schema }) as unknown as Database;
    return {
      db,
      kind: "postgres",
      writeStamp: null,
      async migrate() {
        // Several app servers may start at once: one migrates, the others wait on the lock.
        const single = postgres(url, { max: 1, onnotice: () => {} });
        try {
          await single`select pg_advisory_lock(4545)`;
          await migrate(drizzle(single), { migrationsFolder });
          await single`select pg_advisory_unlock(4545)`;
        } finally {
          await single.end();
        }
      },
      close: () => client.end(),
    };
  }
  const { lockDataFolder } = await import("./pglite-lock");
  const release = lockDataFolder(env.pgliteDir);
  try {
    const { PGlite } = await import("@electric-sql/pglite");
    const { drizzle } = await import("drizzle-orm/pglite");
    const { migrate } = await import("drizzle-orm/pglite/migrator");
    const { withInstanceParsers } = await import("./pglite-parsers");
    const { withPreparedStatements } = await import("./pglite-prepared");
    const client = await PGlite.create(env.pgliteDir);
    pgliteWrites++;
    // Drizzle logs each statement just before sending it, which is the moment the stamp must move.
    const logger = {
      logQuery(query: string) {
        if (!READ_ONLY_STATEMENT.test(query)) pgliteWrites++;
      },
    };
    const queried = withPreparedStatements(await withInstanceParsers(client), client);
    const db = drizzle(queried, { schema, logger }) as unknown as Database;
    return {
      db,
      kind: "pglite",
      writeStamp: () => String(pgliteWrites),
      migrate: () => migrate(drizzle(queried), { migrationsFolder }),
      async close() {
        await client.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}
