// `npm run db:restore -- FILE [--force]`: restores a backup into the configured database.
// Refuses a database that holds accounts or assessments unless --force is given.
import fs from "node:fs";
import { restoreBackup } from "../db/backup";
import { withDatabase } from "./cli";

const args = process.argv.slice(2);
const force = args.includes("--force");
const file = args.find((a) => a !== "--force");
if (!file) {
  console.error("Usage: npm run db:restore -- FILE [--force]");
  process.exit(2);
}
const data = fs.readFileSync(file);
await withDatabase(async (connection) => {
  const counts = await restoreBackup(connection.db, data, { force });
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  console.log(`Restored ${total} rows into the ${connection.kind} database from ${file}.`);
});
