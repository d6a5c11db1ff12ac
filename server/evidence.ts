import "server-only";
import { createHash } from "node:crypto";
import { findAssessment, loadAnswers, updateScores, type AssessmentRow } from "@/db/queries/assessments";
import {
  auditDocument,
  deleteDocumentRow,
  documentBytesOf,
  findDocument,
  insertChunk,
  insertDocument,
  listDocumentRefs,
  listDocuments,
  readChunk,
} from "@/db/queries/evidence";
import { getDb, inTransaction, type Executor, type Tx } from "@/db/transaction";
import { actorDisplayName, type Actor } from "@/lib/assessment/actor";
import { checkTransition, type AssessmentStatus } from "@/lib/assessment/status";
import { scoringAnswers, type EvidenceDocument } from "@/lib/evidence/document";
import type { UploadFields } from "@/lib/evidence/evidence.validation";
import {
  CHUNK_BYTES,
  DOCUMENT_KINDS,
  MAX_ASSESSMENT_DOCUMENT_BYTES,
  MAX_DOCUMENT_BYTES,
  documentFileName,
  megabytes,
} from "@/lib/evidence/kinds";
import { ContentInspector } from "@/lib/evidence/sniff";
import { AppError, appError } from "@/lib/errors";
import { frameworkOf } from "@/lib/framework";
import { scoreAssessment } from "@/lib/scoring";
import { assertCanReadAssessment, assertStateMember } from "./access";
import { assertMayChangeAnswers, requireStateAndCycle } from "./assessments";

/**
 * Evidence documents: uploaded by the state's focal points while its answers
 * may change (as saving answers), read by the state's own people and by BDT once
 * the assessment is shared with it (the rule of reading the assessment).
 * A document counts as evidence of its answer, so its upload and deletion
 * recompute the stored scores; neither changes the answers, so neither moves the
 * assessment's version (an autosave in progress is not made stale by them).
 */

/** The file of an upload, held outside memory (a spooled temporary file) and read as often as needed. */
export interface UploadSource {
  /** The name the client gave it. */
  name: string;
  size: number;
  /** Its bytes, in order, in pieces of any size. */
  pieces(): AsyncIterable<Uint8Array>;
}

const authorOf = (actor: Actor) => ({ userId: actor.userId, name: actorDisplayName(actor) });

/** The answers may change: the cycle is open and the assessment a draft or returned (the rule of saving). */
function assertAnswersMayChange(actor: Actor, row: AssessmentRow, cycleStatus: string) {
  if (cycleStatus !== "open") throw appError("conflict.cycle_closed", { cycle: row.cycle });
  const transition = checkTransition("save", row.status as AssessmentStatus, actor.role);
  if (!transition.ok) throw new AppError(transition.code, { params: transition.params });
}

/**
 * The assessment whose documents may change now, with the actor's right to change them: a focal point's on
 * any question, a contributor's on the questions assigned to them (`questionIds`; none before the upload's
 * fields are read).
 */
async function editableAssessment(
  ex: Executor,
  actor: Actor,
  iso3: string,
  cycle: number,
  forUpdate = false,
  questionIds: string[] = [],
) {
  assertStateMember(actor, iso3);
  const cycleRow = await requireStateAndCycle(ex, iso3, cycle);
  await assertMayChangeAnswers(ex, actor, iso3, cycle, questionIds);
  const row = await findAssessment(ex, iso3, cycle, { forUpdate });
  // Documents belong to answers: the first save starts the assessment.
  if (!row) throw appError("conflict.not_started", { cycle, iso3 });
  assertAnswersMayChange(actor, row, cycleRow.status);
  return row;
}

/**
 * Whether this actor may attach documents to this assessment now: asked before
 * the upload's body is read, so that who may not gets 401/403/409 at once.
 */
export async function assertCanAttachDocuments(actor: Actor, iso3: string, cycle: number): Promise<void> {
  await editableAssessment(await getDb(), actor, iso3, cycle);
}

/** The pieces of a source cut to the stored chunk size. */
async function* chunksOf(source: UploadSource): AsyncIterable<Uint8Array> {
  let pending = new Uint8Array(0);
  for await (const piece of source.pieces()) {
    let data = piece;
    if (pending.length > 0) {
      data = new Uint8Array(pending.length + piece.length);
      data.set(pending);
      data.set(piece, pending.length);
    }
    let at = 0;
    for (; data.length - at >= CHUNK_BYTES; at += CHUNK_BYTES) yield data.slice(at, at + CHUNK_BYTES);
    pending = data.slice(at);
  }
  if (pending.length > 0) yield pending;
}

/** Reads the file once: its kind from its content, its size and SHA-256. Refuses what is not accepted. */
async function inspect(source: UploadSource) {
  const inspector = new ContentInspector();
  const hash = createHash("sha256");
  let size = 0;
  for await (const piece of source.pieces()) {
    size += piece.length;
    if (size > MAX_DOCUMENT_BYTES) throw appError("too_large.document", { limit: megabytes(MAX_DOCUMENT_BYTES) });
    inspector.push(piece);
    hash.update(piece);
  }
  const verdict = inspector.verdict();
  if (!verdict.ok) throw appError(verdict.reason);
  return { kind: verdict.kind, size, sha256: hash.digest("hex") };
}

/** The stored scores after documents changed: links and documents both count as evidence. */
async function rescore(tx: Tx, row: AssessmentRow) {
  const answers = scoringAnswers(await loadAnswers(tx, row.id), await listDocumentRefs(tx, row.id));
  await updateScores(tx, row, scoreAssessment(frameworkOf(row.frameworkId), answers), row.version);
}

/**
 * Stores a document for one question: all of it or nothing, in one transaction
 * (the assessment locked, its status and the 500 MB limit checked again), the
 * bytes in chunks of 256 KiB, an audit record, and the new scores.
 */
export async function uploadDocument(
  actor: Actor,
  iso3: string,
  cycle: number,
  fields: UploadFields,
  source: UploadSource,
): Promise<EvidenceDocument> {
  assertStateMember(actor, iso3);
  const { kind, size, sha256 } = await inspect(source);
  return inTransaction(async (tx) => {
    const row = await editableAssessment(tx, actor, iso3, cycle, true, [fields.questionId]);
    const framework = frameworkOf(row.frameworkId);
    if (!framework.questions.some((q) => q.id === fields.questionId)) {
      const params = { questionId: fields.questionId, framework: framework.id };
      throw new AppError("validation.upload", {
        problems: [{ path: ["questionId"], message: "", code: "validation.unknown_question", params }],
      });
    }
    const used = await documentBytesOf(tx, row.id);
    if (used + size > MAX_ASSESSMENT_DOCUMENT_BYTES)
      throw appError("too_large.assessment_documents", {
        limit: megabytes(MAX_ASSESSMENT_DOCUMENT_BYTES),
        used: megabytes(used),
      });
    const document = {
      questionId: fields.questionId,
      title: fields.title,
      issuer: fields.issuer ?? null,
      issuedOn: fields.issuedOn ?? null,
      confidentiality: fields.confidentiality,
      fileName: documentFileName(source.name, kind),
      mediaType: DOCUMENT_KINDS[kind].mediaType,
      size,
      sha256,
    };
    const id = await insertDocument(tx, row, authorOf(actor), document);
    let seq = 0;
    const hash = createHash("sha256");
    for await (const chunk of chunksOf(source)) {
      hash.update(chunk);
      await insertChunk(tx, id, seq++, chunk);
    }
    // The file is read twice; what is stored must be what was inspected.
    if (hash.digest("hex") !== sha256) throw new Error("The uploaded file changed while it was stored");
    const { questionId, ...recorded } = document;
    await auditDocument(tx, row, authorOf(actor), questionId, { from: null, to: { id, ...recorded } });
    await rescore(tx, row);
    return (await listDocuments(tx, row.id)).find((d) => d.id === id)!;
  });
}

/** A document the actor may read, with its bytes to stream; 404 when there is none, 403 when it is not theirs to see. */
export async function openDocument(actor: Actor, id: string) {
  const db = await getDb();
  const found = await findDocument(db, id);
  if (!found) throw appError("not_found.document", { id });
  assertCanReadAssessment(actor, found.assessment.iso3, found.assessment.status as AssessmentStatus);
  async function* pieces(): AsyncIterable<Uint8Array> {
    for (let seq = 0; ; seq++) {
      const chunk = await readChunk(db, id, seq);
      if (!chunk) return;
      yield chunk;
    }
  }
  return { document: found.document, pieces };
}

/** Deletes a document while its answer may change; recorded in the audit trail, scores recomputed. */
export async function deleteDocument(actor: Actor, id: string): Promise<void> {
  const found = await findDocument(await getDb(), id);
  if (!found) throw appError("not_found.document", { id });
  assertStateMember(actor, found.assessment.iso3);
  await inTransaction(async (tx) => {
    const { iso3, cycle } = found.assessment;
    const row = await editableAssessment(tx, actor, iso3, cycle, true, [found.document.questionId]);
    if (!(await deleteDocumentRow(tx, id))) throw appError("not_found.document", { id });
    const { questionId, ...recorded } = found.document;
    await auditDocument(tx, row, authorOf(actor), questionId, {
      from: { id, title: recorded.title, sha256: recorded.sha256, size: recorded.size, fileName: recorded.fileName },
      to: null,
    });
    await rescore(tx, row);
  });
}
