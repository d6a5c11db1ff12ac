import { createHash } from "node:crypto";
import { asc, count, eq } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backupJsonStream, createBackup, readBackup, restoreBackup } from "./backup";
import type { Connection } from "./client";
import {
  answers,
  assessments,
  auditLog,
  evidenceChunks,
  evidenceDocuments,
  memberStates,
  planActionEvents,
  planActions,
  session,
  user,
} from "./schema/index";
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
  // A document of three chunks holding every byte value, so that a restore must keep bytes, not text.
  const [kenya] = await source.connection.db.select().from(assessments).where(eq(assessments.iso3, "KEN")).limit(1);
  const [doc] = await source.connection.db
    .insert(evidenceDocuments)
    .values({
      assessmentId: kenya!.id,
      questionId: "LEG-CYB-01",
      title: "Cybersecurity Act",
      fileName: "act.pdf",
      mediaType: "application/pdf",
      size: DOCUMENT.length,
      sha256: createHash("sha256").update(DOCUMENT).digest("hex"),
    })
    .returning();
  for (let seq = 0; seq * 262_144 < DOCUMENT.length; seq++)
    await source.connection.db
      .insert(evidenceChunks)
      .values({ documentId: doc!.id, seq, bytes: DOCUMENT.subarray(seq * 262_144, (seq + 1) * 262_144) });
}, 180_000);

const DOCUMENT = Buffer.from(Uint8Array.from({ length: 600_000 }, (_, i) => (i * 31 + (i >> 8)) % 256));

async function documentBytes({ db }: Connection): Promise<Buffer> {
  const chunks = await db
    .select()
    .from(evidenceChunks)
    .orderBy(asc(evidenceChunks.documentId), asc(evidenceChunks.seq));
  return Buffer.concat(chunks.map((c) => c.bytes));
}
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
    documents: await n(evidenceDocuments),
    chunks: await n(evidenceChunks),
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
      // The documents come back byte for byte.
      const restored = await documentBytes(target.connection);
      expect(restored.length).toBe(DOCUMENT.length);
      expect(createHash("sha256").update(restored).digest("hex")).toBe(
        createHash("sha256").update(DOCUMENT).digest("hex"),
      );
      expect(await target.connection.db.select().from(evidenceDocuments)).toEqual(
        await source.connection.db.select().from(evidenceDocuments),
      );
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

  it("restores the administrators' download too: plain JSON, without sessions", { timeout: 180_000 }, async () => {
    const [someone] = await source.connection.db.select().from(user).limit(1);
    await source.connection.db.insert(session).values({
      id: "s-backup-test",
      token: "t-backup-test",
      userId: someone!.id,
      expiresAt: new Date(Date.now() + 3_600_000),
    });
    const full = readBackup(await createBackup(source.connection.db));
    expect(full.tables.session).toHaveLength(1);
    const createdAt = new Date("2026-12-07T06:00:00.000Z");
    const gzipped = await createBackup(source.connection.db, { leaveOut: ["session", "verification"], createdAt });
    // The download is the JSON text itself, uncompressed as it is read.
    const json = Buffer.from(await new Response(backupJsonStream(gzipped)).arrayBuffer());
    const download = JSON.parse(json.toString("utf8")) as ReturnType<typeof readBackup>;
    expect(download.createdAt).toBe(createdAt.toISOString());
    expect(Object.keys(download.tables)).not.toContain("session");
    // Larger than one page of rows (2000), so it was read in several.
    expect(download.tables.answers!.length).toBeGreaterThan(2000);
    expect(download.tables.answers).toHaveLength((await counts(source.connection)).answers);
    expect(new Set(download.tables.answers!.map((a) => JSON.stringify(a))).size).toBe(download.tables.answers!.length);
    // Bytes travel as base64 text, a chunk a row.
    const [first] = download.tables.evidence_chunks as { seq: number; bytes: string }[];
    expect(Buffer.from(first!.bytes, "base64").equals(DOCUMENT.subarray(0, 262_144))).toBe(true);
    await restoreBackup(target.connection.db, json, { force: true });
    expect(await counts(target.connection)).toEqual(await counts(source.connection));
    expect(await target.connection.db.select().from(session)).toEqual([]);
    expect((await documentBytes(target.connection)).equals(DOCUMENT)).toBe(true);
  });

  it("refuses a file that is not a backup", async () => {
    await expect(restoreBackup(target.connection.db, Buffer.from("hello"), { force: true })).rejects.toThrow(
      /not a Res45 Readiness backup/,
    );
  });
});
