// `npm run db:seed`: migrates, then seeds reference data (and the demo data set with --demo).
import { openConnection } from "../db/client";
import { seedDemoData } from "../db/seed/demo";
import { seedReferenceData } from "../db/seed/reference";

const connection = await openConnection();
try {
  await connection.migrate();
  await seedReferenceData(connection.db);
  if (process.argv.includes("--demo")) await seedDemoData(connection.db);
  console.log(
    `Seeded ${process.argv.includes("--demo") ? "reference and demo" : "reference"} data (${connection.kind}).`,
  );
} finally {
  await connection.close();
}
