import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import type { EvidenceDocument } from "@/lib/evidence/document";
import type { Confidentiality } from "@/lib/evidence/kinds";
import { assessments, auditLog, evidenceChunks, evidenceDocuments, user } from "../schema/index";
import type { Executor, Tx } from "../transaction";
import { auditedBy, type AssessmentRow, type ChangeAuthor } from "./assessments";

export type DocumentRow = typeof evidenceDocuments.$inferSelect;

const documentColumns = {
  id: evidenceDocuments.id,
  questionId: evidenceDocuments.questionId,
  title: evidenceDocuments.title,
  issuer: evidenceDocuments.issuer,
  issuedOn: evidenceDocuments.issuedOn,
  confidentiality: evidenceDocuments.confidentiality,
  fileName: evidenceDocuments.fileName,
  mediaType: evidenceDocuments.mediaType,
  size: evidenceDocuments.size,
  sha256: evidenceDocuments.sha256,
  uploadedBy: user.name,
  createdAt: evidenceDocuments.createdAt,
};

function toDocument(
  r: { createdAt: Date; confidentiality: string } & Omit<EvidenceDocument, "uploadedAt" | "confidentiality">,
) {
  const { createdAt, ...rest } = r;
  return { ...rest, confidentiality: r.confidentiality as Confidentiality, uploadedAt: createdAt.toISOString() };
}

/** The documents of one assessment, by question and upload. */
export async function listDocuments(ex: Executor, assessmentId: string): Promise<EvidenceDocument[]> {
  const rows = await ex
    .select(documentColumns)
    .from(evidenceDocuments)
    .leftJoin(user, eq(user.id, evidenceDocuments.createdBy))
    .where(eq(evidenceDocuments.assessmentId, assessmentId))
    .orderBy(asc(evidenceDocuments.questionId), asc(evidenceDocuments.createdAt), asc(evidenceDocuments.id));
  return rows.map(toDocument);
}

/** Which questions have documents: what the scoring engine needs of them. */
export async function listDocumentRefs(ex: Executor, assessmentId: string) {
  return ex
    .select({ id: evidenceDocuments.id, questionId: evidenceDocuments.questionId })
    .from(evidenceDocuments)
    .where(eq(evidenceDocuments.assessmentId, assessmentId));
}

/** One document with the assessment it belongs to; undefined when there is none. */
export async function findDocument(ex: Executor, id: string) {
  const [row] = await ex
    .select({ document: documentColumns, assessment: assessments })
    .from(evidenceDocuments)
    .innerJoin(assessments, eq(assessments.id, evidenceDocuments.assessmentId))
    .leftJoin(user, eq(user.id, evidenceDocuments.createdBy))
    .where(eq(evidenceDocuments.id, id));
  return row && { document: toDocument(row.document), assessment: row.assessment };
}

/** The bytes the documents of an assessment take together. */
export async function documentBytesOf(ex: Executor, assessmentId: string): Promise<number> {
  const [row] = await ex
    .select({ total: sql<string>`coalesce(sum(${evidenceDocuments.size}), 0)` })
    .from(evidenceDocuments)
    .where(eq(evidenceDocuments.assessmentId, assessmentId));
  return Number(row?.total ?? 0);
}

/** What is stored of a new document; its id, author and time come from the database. */
export type NewDocument = Omit<EvidenceDocument, "id" | "uploadedBy" | "uploadedAt">;

export async function insertDocument(tx: Tx, row: AssessmentRow, author: ChangeAuthor, doc: NewDocument) {
  const [inserted] = await tx
    .insert(evidenceDocuments)
    .values({ assessmentId: row.id, createdBy: author.userId, ...doc })
    .returning({ id: evidenceDocuments.id });
  return inserted!.id;
}

export async function insertChunk(tx: Tx, documentId: string, seq: number, bytes: Uint8Array): Promise<void> {
  await tx
    .insert(evidenceChunks)
    .values({ documentId, seq, bytes: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
}

/** The `seq`-th piece of a document's bytes; undefined past the last one. */
export async function readChunk(ex: Executor, documentId: string, seq: number): Promise<Uint8Array | undefined> {
  const [row] = await ex
    .select({ bytes: evidenceChunks.bytes })
    .from(evidenceChunks)
    .where(and(eq(evidenceChunks.documentId, documentId), eq(evidenceChunks.seq, seq)));
  return row?.bytes;
}

/** Deletes a document and its chunks; false when it was already gone. */
export async function deleteDocumentRow(tx: Tx, id: string): Promise<boolean> {
  const deleted = await tx
    .delete(evidenceDocuments)
    .where(eq(evidenceDocuments.id, id))
    .returning({ id: evidenceDocuments.id });
  return deleted.length > 0;
}

/** A document's upload (old value null) or deletion (new value null) in the audit trail. */
export async function auditDocument(
  tx: Tx,
  row: AssessmentRow,
  author: ChangeAuthor,
  questionId: string,
  change: { from: unknown; to: unknown },
): Promise<void> {
  await tx.insert(auditLog).values({
    ...auditedBy(row, author),
    field: "document",
    questionId,
    oldValue: change.from,
    newValue: change.to,
  });
}
