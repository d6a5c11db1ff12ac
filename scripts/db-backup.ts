// `npm run db:backup -- FILE`: writes a backup of the configured database (PGlite or DATABASE_URL) to FILE.
// On PGlite, stop the server first: one process owns the data folder at a time.
import fs from "node:fs";
import { createBackup } from "../db/backup";
import { withDatabase } from "./cli";

const file = process.argv[2];
if (!file) {
  console.error("Usage: npm run db:backup -- FILE");
  process.exit(2);
}
await withDatabase(async (connection) => {
  const data = await createBackup(connection.db);
  fs.writeFileSync(file, data);
  console.log(`Backup of the ${connection.kind} database written to ${file} (${data.length} bytes).`);
});
