import { rowsOf } from "./rows";
import { gunzipSync, gzipSync } from "node:zlib";
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

/** Every table's rows in one transaction (one consistent snapshot), except the tables left out. */
export async function backupTables(db: Database, { leaveOut = [] }: { leaveOut?: readonly string[] } = {}) {
  const file: BackupFile = { format: BACKUP_FORMAT, createdAt: new Date().toISOString(), tables: {} };
  await db.transaction(async (tx) => {
    const tables = tablesToBackUp(await existingTables(tx as unknown as Database)).filter((t) => !leaveOut.includes(t));
    for (const table of tables) {
      if (BINARY_TABLES[table]) {
        file.tables[table] = await readBinaryTable(tx as unknown as Database, table, BINARY_TABLES[table]);
        continue;
      }
      const result = await tx.execute(
        sql`select coalesce(jsonb_agg(t), '[]'::jsonb) as rows from ${sql.identifier(table)} t`,
      );
      const rows = rowsOf<{ rows: unknown[] | string }>(result)[0]!.rows;
      file.tables[table] = typeof rows === "string" ? JSON.parse(rows) : rows;
    }
  });
  return file;
}

/** A binary table's rows, a page at a time in key order, each with its bytes as base64. */
async function readBinaryTable(db: Database, table: string, spec: (typeof BINARY_TABLES)[string]) {
  const rows: unknown[] = [];
  for (let offset = 0; ; offset += spec.page) {
    const result = await db.execute(
      sql.raw(
        `select ${spec.key}, encode("${spec.bytes}", 'base64') as "${spec.bytes}" from "${table}" order by ${spec.key} limit ${spec.page} offset ${offset}`,
      ),
    );
    const page = rowsOf<Record<string, unknown>>(result);
    rows.push(...page);
    if (page.length < spec.page) return rows;
  }
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

export async function createBackup(db: Database): Promise<Buffer> {
  return gzipSync(Buffer.from(JSON.stringify(await backupTables(db))));
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
