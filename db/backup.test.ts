import { count, eq } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBackup, restoreBackup } from "./backup";
import type { Connection } from "./client";
import { answers, assessments, auditLog, memberStates, planActionEvents, planActions, user } from "./schema/index";
import { seedDemoData } from "./seed/demo";
import { seedReferenceData } from "./seed/reference";
import { openTestDatabase } from "./test-database";

let source: Awaited<ReturnType<typeof openTestDatabase>>;
let target: Awaited<ReturnType<typeof openTestDatabase>>;

beforeAll(async () => {
  [source, target] = await Promise.all([openTestDatabase(), openTestDatabase()]);
  await seedReferenceData(source.connection.db);
  await seedDemoData(source.connection.db);
  await seedReferenceData(target.connection.db);
}, 180_000);
afterAll(() => Promise.all([source.drop(), target.drop()]));

async function counts({ db }: Connection) {
  const n = async (t: PgTable) => (await db.select({ n: count() }).from(t))[0]!.n;
  return {
    users: await n(user),
    assessments: await n(assessments),
    answers: await n(answers),
    audit: await n(auditLog),
    states: await n(memberStates),
    planActions: await n(planActions),
    planEvents: await n(planActionEvents),
  };
}

describe("backup and restore", () => {
  it(
    "round-trips every row into an empty database, and the restored one keeps working",
    { timeout: 180_000 },
    async () => {
      const backup = await createBackup(source.connection.db);
      await restoreBackup(target.connection.db, backup);
      expect(await counts(target.connection)).toEqual(await counts(source.connection));
      const [kenya] = await target.connection.db.select().from(assessments).where(eq(assessments.iso3, "KEN")).limit(1);
      const [original] = await source.connection.db.select().from(assessments).where(eq(assessments.id, kenya!.id));
      expect(kenya).toEqual(original);
      // Serial ids continue after the restored rows, and the audit trail is append-only again.
      await target.connection.db.insert(auditLog).values({
        assessmentId: kenya!.id,
        iso3: "KEN",
        cycle: kenya!.cycle,
        actorName: "test",
        field: "status",
        oldValue: "draft",
        newValue: "draft",
      });
      await expect(target.connection.db.delete(auditLog)).rejects.toThrow();
      await expect(target.connection.db.delete(planActionEvents)).rejects.toThrow();
    },
  );

  it("refuses to restore into a database that holds data unless forced", { timeout: 180_000 }, async () => {
    const backup = await createBackup(source.connection.db);
    await expect(restoreBackup(target.connection.db, backup)).rejects.toThrow(/not empty.*--force/);
    await restoreBackup(target.connection.db, backup, { force: true });
    expect(await counts(target.connection)).toEqual(await counts(source.connection));
  });

  it("refuses a file that is not a backup", async () => {
    await expect(restoreBackup(target.connection.db, Buffer.from("hello"), { force: true })).rejects.toThrow(
      /not a Res45 Readiness backup/,
    );
  });
});
