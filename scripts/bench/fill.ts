/** Fills an engine's database with the seeded demo generator, with no server running (PGlite has one owner). */
import { openConnection } from "../../db/client";
import { benchDataSize, countNoteChanges, seedBenchData } from "../../db/seed/bench";
import { createBenchAccounts } from "./accounts";
import type { Engine } from "./server";

function connect(engine: Engine) {
  return openConnection({
    databaseUrl: engine.env.DATABASE_URL || undefined,
    pgliteDir: engine.env.DATA_DIR ?? "",
    seedDemo: false,
  });
}

export interface FillResult {
  seconds: number;
  size: { cycles: number; assessments: number; answers: number };
}

export async function fillDatabase(
  engine: Engine,
  closedYears: readonly number[],
  openYear: number,
  accountsFor: readonly string[] | null,
): Promise<FillResult> {
  const started = Date.now();
  const connection = await connect(engine);
  try {
    await connection.migrate();
    await seedBenchData(connection.db, closedYears, openYear);
    if (accountsFor) await createBenchAccounts(connection.db, accountsFor);
    return { seconds: (Date.now() - started) / 1000, size: await benchDataSize(connection.db) };
  } finally {
    await connection.close();
  }
}

export async function savedNotes(
  engine: Engine,
  cycle: number,
  questionId: string,
  iso3s: readonly string[],
): Promise<Map<string, number>> {
  const connection = await connect(engine);
  try {
    return await countNoteChanges(connection.db, cycle, questionId, iso3s);
  } finally {
    await connection.close();
  }
}
