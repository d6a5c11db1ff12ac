import "server-only";
import { openConnection, type Connection } from "./client";
import { serverEnv } from "./env";
import { seedDemoData } from "./seed/demo";
import { seedReferenceData } from "./seed/reference";

/**
 * One connection per server process. Kept on globalThis because Next.js may
 * load this module in several bundles of one process; PGlite must be opened once.
 */
const globalForDb = globalThis as typeof globalThis & { __res45Db?: Promise<Connection> };

async function prepare(): Promise<Connection> {
  const env = serverEnv();
  const connection = await openConnection(env);
  await connection.migrate();
  await seedReferenceData(connection.db);
  if (env.seedDemo) await seedDemoData(connection.db);
  return connection;
}

/** Opens, migrates and seeds the database on first call; later calls share it. */
export function getConnection(): Promise<Connection> {
  globalForDb.__res45Db ??= prepare().catch((error) => {
    globalForDb.__res45Db = undefined;
    throw error;
  });
  return globalForDb.__res45Db;
}

export async function getDb() {
  return (await getConnection()).db;
}
