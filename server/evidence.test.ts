import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { currentCycleYear } from "@/db/seed/reference";
import { assessments, evidenceChunks, evidenceDocuments } from "@/db/schema/index";
import type { Actor } from "@/lib/assessment/actor";
import { MAX_ASSESSMENT_DOCUMENT_BYTES, MAX_DOCUMENT_BYTES } from "@/lib/evidence/kinds";
import { SAMPLES } from "@/lib/evidence/testing/samples";
import { CURRENT_FRAMEWORK, bestOption } from "@/lib/framework";
import { createActor, refusalCode, useServiceDatabase } from "./testing/service-database";
import { getAssessment, listAuditTrail, saveAnswers, submitAssessment } from "./assessments";
import { assertCanAttachDocuments, deleteDocument, openDocument, uploadDocument, type UploadSource } from "./evidence";

const db = useServiceDatabase();
const CYCLE = currentCycleYear();
const proved = CURRENT_FRAMEWORK.questions.find((q) => q.evidenceRequired)!;

let kenya: Actor;
let brazil: Actor;
let analyst: Actor;

/** A file held in memory, handed over in pieces of `piece` bytes. */
function source(bytes: Uint8Array, name = "file.pdf", piece = 100_000): UploadSource {
  return {
    name,
    size: bytes.length,
    async *pieces() {
      for (let at = 0; at < bytes.length; at += piece) yield bytes.slice(at, at + piece);
    },
  };
}

const fields = (title = "National Cybersecurity Strategy") => ({
  questionId: proved.id,
  title,
  confidentiality: "bdt" as const,
});

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

async function download(actor: Actor, id: string): Promise<Buffer> {
  const { pieces } = await openDocument(actor, id);
  const parts: Uint8Array[] = [];
  for await (const p of pieces()) parts.push(p);
  return Buffer.concat(parts);
}

async function storedCounts() {
  const { db: d } = db.connection();
  const [docs] = await d.select({ n: sql<number>`count(*)::int` }).from(evidenceDocuments);
  const [chunks] = await d.select({ n: sql<number>`count(*)::int` }).from(evidenceChunks);
  return { documents: Number(docs!.n), chunks: Number(chunks!.n) };
}

beforeAll(async () => {
  kenya = await createActor(db.connection(), "focal_point", "KEN");
  brazil = await createActor(db.connection(), "focal_point", "BRA");
  analyst = await createActor(db.connection(), "analyst");
});

describe("evidence documents", () => {
  it("refuses documents before the assessment is started", async () => {
    expect(await refusalCode(assertCanAttachDocuments(kenya, "KEN", CYCLE))).toBe("conflict.not_started");
    expect(await refusalCode(uploadDocument(kenya, "KEN", CYCLE, fields(), source(SAMPLES.pdf)))).toBe(
      "conflict.not_started",
    );
  });

  it("stores a document byte for byte, and it counts as the answer's evidence", async () => {
    await saveAnswers(kenya, "KEN", CYCLE, {
      version: 0,
      answers: [{ questionId: proved.id, value: bestOption(proved).value, evidence: [] }],
    });
    const before = await getAssessment(kenya, "KEN", CYCLE);
    await assertCanAttachDocuments(kenya, "KEN", CYCLE);

    const doc = await uploadDocument(kenya, "KEN", CYCLE, fields(), source(SAMPLES.pdf, "strategy.PDF"));
    expect(doc).toMatchObject({
      questionId: proved.id,
      title: "National Cybersecurity Strategy",
      mediaType: "application/pdf",
      size: SAMPLES.pdf.length,
      sha256: sha256(SAMPLES.pdf),
      confidentiality: "bdt",
      fileName: "strategy.pdf",
    });
    expect(sha256(await download(kenya, doc.id))).toBe(sha256(SAMPLES.pdf));

    const after = await getAssessment(kenya, "KEN", CYCLE);
    expect(after.documents.map((d) => [d.questionId, d.id])).toEqual([[proved.id, doc.id]]);
    expect(after.scores.overall).toBeGreaterThan(before.scores.overall);
    // The answers did not change: an autosave made against the version read before is still current.
    expect(after.version).toBe(before.version);

    // A later save keeps counting the document.
    const resaved = await saveAnswers(kenya, "KEN", CYCLE, {
      version: after.version,
      answers: [{ questionId: proved.id, value: bestOption(proved).value, evidence: [], note: "See the strategy" }],
    });
    expect(resaved.scores.overall).toBe(after.scores.overall);

    await deleteDocument(kenya, doc.id);
    expect((await getAssessment(kenya, "KEN", CYCLE)).scores.overall).toBe(before.scores.overall);
    expect(await refusalCode(openDocument(kenya, doc.id))).toBe("not_found.document");
    const audit = (await listAuditTrail(kenya, "KEN", CYCLE)).filter((e) => e.field === "document");
    expect(audit.map((e) => [e.oldValue === null, e.newValue === null])).toEqual([
      [false, true],
      [true, false],
    ]);
  });

  it("stores a file of several chunks and streams back the same bytes", async () => {
    const text = new TextEncoder().encode("Article 12. The national CIRT reports to the Ministry.\n".repeat(15_000));
    const doc = await uploadDocument(
      kenya,
      "KEN",
      CYCLE,
      { ...fields("Decree 12"), issuer: "Ministry of ICT", issuedOn: "2024-03-01", confidentiality: "public" },
      source(text, "decree.txt", 7_777),
    );
    expect(doc).toMatchObject({ mediaType: "text/plain; charset=utf-8", size: text.length, confidentiality: "public" });
    expect(doc).toMatchObject({ issuer: "Ministry of ICT", issuedOn: "2024-03-01" });
    const bytes = await download(kenya, doc.id);
    expect(bytes.length).toBe(text.length);
    expect(sha256(bytes)).toBe(doc.sha256);
    await deleteDocument(kenya, doc.id);
  });

  it("refuses another state's focal point on upload, download and delete, and BDT on a draft", async () => {
    const doc = await uploadDocument(kenya, "KEN", CYCLE, fields(), source(SAMPLES.png, "diagram.png"));
    expect(await refusalCode(assertCanAttachDocuments(brazil, "KEN", CYCLE))).toBe("forbidden.other_state");
    expect(await refusalCode(uploadDocument(brazil, "KEN", CYCLE, fields(), source(SAMPLES.pdf)))).toBe(
      "forbidden.other_state",
    );
    expect(await refusalCode(openDocument(brazil, doc.id))).toBe("forbidden.other_state");
    expect(await refusalCode(deleteDocument(brazil, doc.id))).toBe("forbidden.other_state");
    expect(await refusalCode(openDocument(analyst, doc.id))).toBe("forbidden.draft");
    expect(await refusalCode(deleteDocument(analyst, doc.id))).toBe("forbidden.focal_point_only");
    await deleteDocument(kenya, doc.id);
  });

  it("refuses what is not an accepted kind, whatever its name, and stores nothing", async () => {
    const before = await storedCounts();
    for (const [sample, name, code] of [
      ["exe", "decree.pdf", "unsupported_media.executable"],
      ["svg", "logo.png", "unsupported_media.svg"],
      ["html", "law.txt", "unsupported_media.html"],
      ["jar", "report.docx", "unsupported_media.zip_other"],
    ] as const)
      expect(await refusalCode(uploadDocument(kenya, "KEN", CYCLE, fields(), source(SAMPLES[sample], name)))).toBe(
        code,
      );
    expect(
      await refusalCode(
        uploadDocument(kenya, "KEN", CYCLE, { ...fields(), questionId: "ZZZ-ZZ-99" }, source(SAMPLES.pdf)),
      ),
    ).toBe("validation.upload");
    expect(await storedCounts()).toEqual(before);
  });

  it("refuses a file over 20 MB and an assessment over 500 MB", async () => {
    // Over the limit by one byte, made as it is read: the refusal comes without holding the file.
    const huge: UploadSource = {
      name: "big.pdf",
      size: MAX_DOCUMENT_BYTES + 1,
      async *pieces() {
        yield SAMPLES.pdf;
        for (let left = MAX_DOCUMENT_BYTES + 1 - SAMPLES.pdf.length; left > 0; left -= 1 << 20)
          yield new Uint8Array(Math.min(left, 1 << 20));
      },
    };
    expect(await refusalCode(uploadDocument(kenya, "KEN", CYCLE, fields(), huge))).toBe("too_large.document");

    // Documents already stored take all but 100 bytes of the assessment's room.
    const { db: d } = db.connection();
    const [row] = await d.select().from(assessments).where(eq(assessments.iso3, "KEN"));
    const [filler] = await d
      .insert(evidenceDocuments)
      .values({
        assessmentId: row!.id,
        questionId: proved.id,
        title: "filler",
        fileName: "filler.pdf",
        mediaType: "application/pdf",
        size: MAX_ASSESSMENT_DOCUMENT_BYTES - 100,
        sha256: "0".repeat(64),
      })
      .returning();
    expect(await refusalCode(uploadDocument(kenya, "KEN", CYCLE, fields(), source(SAMPLES.pdf)))).toBe(
      "too_large.assessment_documents",
    );
    await deleteDocument(kenya, filler!.id);
  });

  it("leaves nothing behind when the upload breaks off while it is stored", async () => {
    const before = await storedCounts();
    let reads = 0;
    const breaking: UploadSource = {
      name: "cut.txt",
      size: 600_000,
      async *pieces() {
        reads++;
        const piece = new Uint8Array(100_000).fill(0x61);
        for (let i = 0; i < 6; i++) {
          if (reads > 1 && i === 4) throw new Error("connection reset");
          yield piece;
        }
      },
    };
    await expect(uploadDocument(kenya, "KEN", CYCLE, fields(), breaking)).rejects.toThrow("connection reset");
    expect(await storedCounts()).toEqual(before);
  });

  it("keeps documents once submitted: no upload or delete, and BDT may now download them", async () => {
    const doc = await uploadDocument(kenya, "KEN", CYCLE, fields(), source(SAMPLES.docx, "strategy.docx"));
    const current = await getAssessment(kenya, "KEN", CYCLE);
    await saveAnswers(kenya, "KEN", CYCLE, {
      version: current.version,
      answers: CURRENT_FRAMEWORK.questions.map((q) => ({ questionId: q.id, value: bestOption(q).value, evidence: [] })),
    });
    await submitAssessment(kenya, "KEN", CYCLE);
    expect(await refusalCode(deleteDocument(kenya, doc.id))).toBe("conflict.cannot_save");
    expect(await refusalCode(assertCanAttachDocuments(kenya, "KEN", CYCLE))).toBe("conflict.cannot_save");
    expect(await refusalCode(uploadDocument(kenya, "KEN", CYCLE, fields(), source(SAMPLES.pdf)))).toBe(
      "conflict.cannot_save",
    );
    expect(sha256(await download(analyst, doc.id))).toBe(sha256(SAMPLES.docx));
    expect(await refusalCode(openDocument(brazil, doc.id))).toBe("forbidden.other_state");
  });
});
