import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { openConnection, type Connection } from "./client";
import { serverEnv } from "./env";

/**
 * A fresh, migrated database for one unit test file: a temporary PGlite folder,
 * or, when DATABASE_URL is set, a new database on that server (dropped afterwards).
 */
export async function openTestDatabase(): Promise<{ connection: Connection; drop: () => Promise<void> }> {
  const serverUrl = serverEnv().databaseUrl;
  if (serverUrl) {
    const name = `res45_unit_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
    const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${name}`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    const connection = await openConnection({ databaseUrl: url.toString(), pgliteDir: "", seedDemo: false });
    await connection.migrate();
    return {
      connection,
      async drop() {
        await connection.close();
        await admin.unsafe(`drop database if exists ${name} with (force)`);
        await admin.end();
      },
    };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "res45-unit-"));
  const connection = await openConnection({
    databaseUrl: undefined,
    pgliteDir: path.join(dir, "pglite"),
    seedDemo: false,
  });
  await connection.migrate();
  return {
    connection,
    async drop() {
      await connection.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
