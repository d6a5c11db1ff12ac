import { rowsOf } from "./rows";
import { once } from "node:events";
import { Readable } from "node:stream";
import { createGunzip, createGzip, gunzipSync } from "node:zlib";
import { sql } from "drizzle-orm";
import { BACKUP_FORMAT } from "../lib/api/responses";
import type { Database } from "./client";

/**
 * Logical backups that work the same on PGlite and on a Postgres server: every
 * table of the application as JSON, read with jsonb_agg and written back with
 * jsonb_populate_recordset, so Postgres itself converts every type both ways.
 */
export { BACKUP_FORMAT };

/** Parents before children, so that foreign keys hold while restoring. */
export const TABLES_IN_ORDER = [
  "app_meta",
  "member_states",
  "cycles",
  "user",
  "session",
  "account",
  "verification",
  "sign_in_attempts",
  "api_tokens",
  "two_factor",
  "account_events",
  "assessments",
  "answers",
  "assessment_status_history",
  "review_comments",
  "audit_log",
  "plan_actions",
  "plan_action_events",
  "evidence_documents",
  "evidence_chunks",
  "review_steps",
  "invitations",
  "mail_outbox",
  "assignments",
  "question_comments",
  "deadline_extensions",
  "notification_settings",
  "notifications",
  "cycle_publications",
  "publication_consents",
  "publication_log",
] as const;

/**
 * Binary tables, read and written a page at a time with their bytes as base64
 * text: one jsonb value of every document's bytes would be far too large (jsonb
 * holds at most 255 MB), and base64 is a third larger where hex would double them.
 */
const BINARY_TABLES: Record<string, { key: string; columns: string; bytes: string; page: number }> = {
  evidence_chunks: { key: "document_id, seq", columns: "document_id uuid, seq int", bytes: "bytes", page: 16 },
};

/** Tables with a serial id whose sequence must continue after the restored rows. */
const SERIAL_IDS: Record<string, string> = {
  assessment_status_history: "id",
  review_comments: "id",
  audit_log: "id",
  plan_action_events: "id",
  review_steps: "id",
  mail_outbox: "id",
  assignments: "id",
  question_comments: "id",
  notifications: "id",
  account_events: "id",
  publication_log: "id",
};

/** Append-only tables: their triggers refuse deletion by design, so a forced restore lifts them while it runs. */
const APPEND_ONLY = [
  "audit_log",
  "plan_action_events",
  "review_steps",
  "question_comments",
  "account_events",
  "publication_log",
];

export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  createdAt: string;
  tables: Record<string, unknown[]>;
}

async function existingTables(db: Database): Promise<string[]> {
  const result = await db.execute(sql`select table_name from information_schema.tables where table_schema = 'public'`);
  return rowsOf<{ table_name: string }>(result).map((r) => r.table_name);
}

function tablesToBackUp(present: string[]): string[] {
  const known = TABLES_IN_ORDER.filter((t) => present.includes(t));
  // A table added by a later migration and not yet listed is still backed up, last.
  const extra = present.filter(
    (t) => !(TABLES_IN_ORDER as readonly string[]).includes(t) && !t.startsWith("__drizzle"),
  );
  return [...known, ...extra.sort()];
}

/** Rows fetched from the cursor at a time: a page of answers is about half a megabyte of JSON. */
const PAGE_ROWS = 2000;

/** Each row of `table` as one JSON text; a binary table's bytes as base64 text, in key order. */
function rowsAsJson(table: string): string {
  const binary = BINARY_TABLES[table];
  if (!binary) return `select row_to_json(t)::text as row from "${table}" t`;
  return `select row_to_json(t)::text as row from (select ${binary.key}, encode("${binary.bytes}", 'base64') as "${binary.bytes}" from "${table}" order by ${binary.key}) t`;
}

/**
 * Writes the backup's JSON text to `write`, a page of rows at a time, from one read-only
 * snapshot (repeatable read: every table as of the same instant). Rows arrive as JSON
 * text made by Postgres and are never parsed here, so memory holds one page, not the database.
 */
async function writeBackupJson(
  db: Database,
  write: (text: string) => Promise<void>,
  { leaveOut, createdAt }: { leaveOut: readonly string[]; createdAt: Date },
) {
  await db.transaction(
    async (tx) => {
      const tables = tablesToBackUp(await existingTables(tx as unknown as Database)).filter(
        (t) => !leaveOut.includes(t),
      );
      await write(
        `{"format":${JSON.stringify(BACKUP_FORMAT)},"createdAt":${JSON.stringify(createdAt.toISOString())},"tables":{`,
      );
      for (const [index, table] of tables.entries()) {
        await write(`${index ? "," : ""}${JSON.stringify(table)}:[`);
        const page = BINARY_TABLES[table]?.page ?? PAGE_ROWS;
        await tx.execute(sql.raw(`declare backup_rows no scroll cursor for ${rowsAsJson(table)}`));
        for (let first = true; ; first = false) {
          const rows = rowsOf<{ row: string }>(await tx.execute(sql.raw(`fetch forward ${page} from backup_rows`)));
          if (rows.length > 0) await write(`${first ? "" : ","}${rows.map((r) => r.row).join(",")}`);
          if (rows.length < page) break;
        }
        await tx.execute(sql.raw("close backup_rows"));
        await write("]");
      }
      await write("}}");
    },
    { isolationLevel: "repeatable read", accessMode: "read only" },
  );
}

/**
 * A backup as gzip-compressed JSON: every table but those left out. Compressed as it is
 * read, so the largest thing in memory is the compressed file (about a tenth of the JSON).
 */
export async function createBackup(
  db: Database,
  { leaveOut = [], createdAt = new Date() }: { leaveOut?: readonly string[]; createdAt?: Date } = {},
): Promise<Buffer> {
  // Level 1: the JSON is repetitive enough that faster compression loses little, and a backup holds the database's one connection on PGlite while it runs.
  const gzip = createGzip({ level: 1 });
  const chunks: Buffer[] = [];
  gzip.on("data", (chunk: Buffer) => chunks.push(chunk));
  const finished = once(gzip, "end");
  const write = async (text: string) => {
    if (!gzip.write(text)) await once(gzip, "drain");
  };
  try {
    await writeBackupJson(db, write, { leaveOut, createdAt });
  } catch (error) {
    gzip.destroy();
    throw error;
  }
  gzip.end();
  await finished;
  return Buffer.concat(chunks);
}

/** The JSON text of a compressed backup as a stream, uncompressed as the reader takes it. */
export function backupJsonStream(gzipped: Buffer): ReadableStream<Uint8Array> {
  const gunzip = createGunzip();
  gunzip.end(gzipped);
  return Readable.toWeb(gunzip) as ReadableStream<Uint8Array>;
}

/** Writes back a binary table's rows, decoding their base64 bytes. */
async function writeBinaryTable(db: Database, table: string, spec: (typeof BINARY_TABLES)[string], rows: unknown[]) {
  for (let i = 0; i < rows.length; i += spec.page) {
    const page = JSON.stringify(rows.slice(i, i + spec.page));
    await db.execute(
      sql`insert into ${sql.identifier(table)} select ${sql.raw(spec.key)}, decode(${sql.identifier(spec.bytes)}, 'base64') from jsonb_to_recordset(${page}::jsonb) as x(${sql.raw(`${spec.columns}, "${spec.bytes}" text`)})`,
    );
  }
}

/** A backup file: gzip-compressed JSON (`npm run db:backup`) or plain JSON (the administrators' download). */
export function readBackup(data: Buffer): BackupFile {
  let parsed: BackupFile;
  try {
    const gzipped = data[0] === 0x1f && data[1] === 0x8b;
    parsed = JSON.parse((gzipped ? gunzipSync(data) : data).toString("utf8"));
  } catch {
    throw new Error("This file is not a Res45 Readiness backup (not JSON, nor gzip-compressed JSON).");
  }
  if (parsed?.format !== BACKUP_FORMAT)
    throw new Error(`Unknown backup format "${parsed?.format}"; expected ${BACKUP_FORMAT}.`);
  return parsed;
}

/** Rows of user data in the database (reference data seeded on every start does not count). */
export async function countUserRows(db: Database): Promise<number> {
  const present = await existingTables(db);
  let total = 0;
  for (const table of ["user", "assessments", "answers", "audit_log"].filter((t) => present.includes(t))) {
    const result = await db.execute(sql`select count(*)::int as n from ${sql.identifier(table)}`);
    total += rowsOf<{ n: number }>(result)[0]!.n;
  }
  return total;
}

/**
 * Replaces the database's content with the backup's, in one transaction.
 * Refuses a database that holds user data unless `force` is set.
 */
export async function restoreBackup(
  db: Database,
  data: Buffer,
  { force = false } = {},
): Promise<Record<string, number>> {
  const backup = readBackup(data);
  const existing = await countUserRows(db);
  if (existing > 0 && !force) {
    throw new Error(
      `The database is not empty (${existing} rows of accounts, assessments, answers and history). Restore with --force to replace them.`,
    );
  }
  const counts: Record<string, number> = {};
  await db.transaction(async (tx) => {
    const present = await existingTables(tx as unknown as Database);
    const tables = tablesToBackUp(present);
    for (const table of Object.keys(backup.tables)) {
      if (!present.includes(table))
        throw new Error(`The backup has a table "${table}" this database does not: migrate first.`);
    }
    const appendOnly = APPEND_ONLY.filter((t) => present.includes(t));
    for (const table of appendOnly) await tx.execute(sql.raw(`alter table "${table}" disable trigger user`));
    await tx.execute(sql.raw(`truncate ${tables.map((t) => `"${t}"`).join(", ")} restart identity cascade`));
    for (const table of tables) {
      const rows = backup.tables[table] ?? [];
      if (BINARY_TABLES[table]) {
        await writeBinaryTable(tx as unknown as Database, table, BINARY_TABLES[table], rows);
        counts[table] = rows.length;
        continue;
      }
      for (let i = 0; i < rows.length; i += 2000) {
        const chunk = JSON.stringify(rows.slice(i, i + 2000));
        await tx.execute(
          sql`insert into ${sql.identifier(table)} select * from jsonb_populate_recordset(null::${sql.identifier(table)}, ${chunk}::jsonb)`,
        );
      }
      counts[table] = rows.length;
      const id = SERIAL_IDS[table];
      if (id && rows.length > 0) {
        await tx.execute(
          sql.raw(
            `select setval(pg_get_serial_sequence('"${table}"', '${id}'), (select max("${id}") from "${table}"))`,
          ),
        );
      }
    }
    for (const table of appendOnly) await tx.execute(sql.raw(`alter table "${table}" enable trigger user`));
  });
  return counts;
}
