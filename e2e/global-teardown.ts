import fs from "node:fs";
import postgres from "postgres";

/** Removes the run's own database or data folder. */
export default async function globalTeardown() {
  const name = process.env.E2E_DATABASE_NAME;
  if (process.env.DATABASE_URL && name && /^[a-z0-9_]+$/.test(name)) {
    const admin = postgres(process.env.DATABASE_URL, { max: 1, onnotice: () => {} });
    await admin.unsafe(`drop database if exists ${name} with (force)`).catch(() => undefined);
    await admin.end();
  }
  const dir = process.env.DATA_DIR;
  if (dir && dir.includes("res45-e2e-")) fs.rmSync(dir, { recursive: true, force: true });
}
