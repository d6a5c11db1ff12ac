// `npm run db:migrate`: applies the committed migrations to the configured database.
import { openConnection } from "../db/client";

const connection = await openConnection();
try {
  await connection.migrate();
  console.log(`Migrations applied (${connection.kind}).`);
} finally {
  await connection.close();
}
