import { sql } from "drizzle-orm";
import {
  bigint,
  check,
  customType,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { user } from "./auth";
import { assessments } from "./assessments";

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => "bytea" });

/**
 * A document that proves one answer (a decree, a strategy), uploaded by the
 * state's focal points. Its bytes are in `evidence_chunks`; its kind was decided
 * from its content (lib/evidence/sniff.ts), never from its name. Documents hang
 * on (assessment, question), not on an answer row, so one can be uploaded before
 * the question is answered; later slices add links and BDT's decisions beside them.
 */
export const evidenceDocuments = pgTable(
  "evidence_documents",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    assessmentId: uuid("assessment_id")
      .notNull()
      .references(() => assessments.id, { onDelete: "cascade" }),
    questionId: text("question_id").notNull(),
    title: text("title").notNull(),
    issuer: text("issuer"),
    issuedOn: date("issued_on", { mode: "string" }),
    confidentiality: text("confidentiality").notNull().default("bdt"),
    /** The name the file was uploaded with, its extension made to match its kind. */
    fileName: text("file_name").notNull(),
    mediaType: text("media_type").notNull(),
    size: bigint("size", { mode: "number" }).notNull(),
    sha256: text("sha256").notNull(),
    createdBy: text("created_by").references(() => user.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("evidence_documents_assessment_idx").on(t.assessmentId, t.questionId),
    check("evidence_documents_confidentiality_check", sql`${t.confidentiality} in ('public', 'bdt')`),
    check("evidence_documents_size_check", sql`${t.size} > 0`),
    check("evidence_documents_sha256_check", sql`${t.sha256} ~ '^[0-9a-f]{64}$'`),
  ],
);

/** A document's bytes, in pieces of at most 256 KiB, so that no file is ever read or written whole. */
export const evidenceChunks = pgTable(
  "evidence_chunks",
  {
    documentId: uuid("document_id")
      .notNull()
      .references(() => evidenceDocuments.id, { onDelete: "cascade" }),
    seq: integer("seq").notNull(),
    bytes: bytea("bytes").notNull(),
  },
  (t) => [primaryKey({ columns: [t.documentId, t.seq] })],
);

/**
 * What the link checker last found for one evidence URL (lib/evidence/link-check.ts). Keyed by the URL, not
 * by an answer: a URL cited by several answers or states is probed once.
 */
export const evidenceLinkChecks = pgTable(
  "evidence_link_checks",
  {
    url: text("url").primaryKey(),
    checkedAt: timestamp("checked_at", { withTimezone: true }).notNull(),
    answeredAt: timestamp("answered_at", { withTimezone: true }),
    status: integer("status"),
    unreachableSince: timestamp("unreachable_since", { withTimezone: true }),
    problem: text("problem"),
  },
  (t) => [index("evidence_link_checks_checked_idx").on(t.checkedAt)],
);
