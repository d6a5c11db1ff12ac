// `npm run db:seed`: migrates, then seeds reference data (and the demo data set with --demo).
import { seedDemoData } from "../db/seed/demo";
import { seedReferenceData } from "../db/seed/reference";
import { withDatabase } from "./cli";

const demo = process.argv.includes("--demo");
await withDatabase(async (connection) => {
  await seedReferenceData(connection.db);
  if (demo) await seedDemoData(connection.db);
  console.log(`Seeded ${demo ? "reference and demo" : "reference"} data (${connection.kind}).`);
});
