import { openConnection, type Connection } from "../db/client";

/** Runs a database command: opens (and migrates) the configured database, prints errors as one clear line. */
export async function withDatabase(fn: (connection: Connection) => Promise<void>): Promise<void> {
  let connection: Connection | undefined;
  try {
    connection = await openConnection();
    await connection.migrate();
    await fn(connection);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  } finally {
    await connection?.close();
  }
}
