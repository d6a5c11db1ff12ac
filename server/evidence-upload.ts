import "server-only";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import busboy from "busboy";
import { CHUNK_BYTES, MAX_DOCUMENT_BYTES, MULTIPART_OVERHEAD_BYTES, megabytes } from "@/lib/evidence/kinds";
import { AppError, appError } from "@/lib/errors";
import type { UploadSource } from "./evidence";

/**
 * Receives a document upload (multipart/form-data: one part `file` and text
 * fields) as it streams in. The file goes to a temporary file readable by this
 * process only, never whole into memory, and never into an open database
 * transaction: a slow client would hold the transaction (and, on PGlite, every
 * other request) for as long as it sends. The service then stores it in one
 * short transaction. The temporary folder is removed by `dispose()`, and on any
 * failure before this returns.
 */
export interface ReceivedUpload {
  fields: Record<string, string>;
  file: UploadSource | null;
  dispose(): Promise<void>;
}

/** The largest upload request: one file at the limit and its form fields. */
export const MAX_UPLOAD_REQUEST_BYTES = MAX_DOCUMENT_BYTES + MULTIPART_OVERHEAD_BYTES;

export const documentTooLarge = () => appError("too_large.document", { limit: megabytes(MAX_DOCUMENT_BYTES) });

function refuseContentType(type: string): never {
  const params = { type: type ? `"${type.slice(0, 100)}"` : "—" };
  throw new AppError("unsupported_media.multipart", {
    params,
    problems: [{ path: ["Content-Type"], message: "", code: "unsupported_media.multipart", params }],
  });
}

export async function receiveUpload(request: Request): Promise<ReceivedUpload> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data\s*;/i.test(contentType)) refuseContentType(contentType.split(";")[0]!.trim());
  if (!request.body) throw appError("validation.file_required");

  const folder = await mkdtemp(join(tmpdir(), "res45-upload-"));
  const path = join(folder, "file");
  const dispose = () => rm(folder, { recursive: true, force: true });
  const fields: Record<string, string> = Object.create(null);
  const received: { file: { name: string; size: number } | null } = { file: null };
  let refusal: AppError | null = null;
  const refuse = (error: AppError) => (refusal ??= error);
  const writes: Promise<void>[] = [];

  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: { "content-type": contentType },
      defParamCharset: "utf8",
      limits: { files: 1, fields: 8, parts: 9, fieldNameSize: 100, fieldSize: 4096, fileSize: MAX_DOCUMENT_BYTES },
    });
  } catch {
    await dispose();
    throw appError("validation.upload"); // no boundary, or one busboy cannot read
  }
  parser.on("field", (name, value, info) => {
    if (info.valueTruncated)
      refuse(
        new AppError("validation.upload", { problems: [{ path: [name], message: "", code: "validation.upload" }] }),
      );
    else fields[name] = value;
  });
  parser.on("file", (name, stream, info) => {
    if (name !== "file" || received.file) {
      refuse(
        new AppError("validation.upload", {
          problems: [{ path: [name], message: "", code: "validation.upload_fields", params: { field: name } }],
        }),
      );
      stream.resume();
      return;
    }
    const file = { name: info.filename ?? "", size: 0 };
    received.file = file;
    stream.on("data", (piece: Buffer) => (file.size += piece.length));
    stream.on("limit", () => refuse(documentTooLarge()));
    writes.push(pipeline(stream, createWriteStream(path, { mode: 0o600 })));
  });
  parser.on("filesLimit", () =>
    refuse(
      new AppError("validation.upload", {
        problems: [{ path: ["file"], message: "", code: "validation.file_required" }],
      }),
    ),
  );
  parser.on("fieldsLimit", () => refuse(appError("validation.upload")));
  parser.on("partsLimit", () => refuse(appError("validation.upload")));

  // Counted as it arrives: a body without Content-Length (chunked) is cut off at the limit too.
  let total = 0;
  const counter = new Transform({
    transform(piece: Buffer, _encoding, done) {
      total += piece.length;
      if (total > MAX_UPLOAD_REQUEST_BYTES) done(documentTooLarge());
      else done(null, piece);
    },
  });
  try {
    await pipeline(Readable.fromWeb(request.body as WebReadableStream<Uint8Array>), counter, parser);
    await Promise.all(writes);
  } catch (error) {
    await Promise.allSettled(writes);
    await dispose();
    if (refusal) throw refusal;
    if (error instanceof AppError) throw error;
    throw appError("validation.upload"); // malformed multipart, or the client went away
  }
  if (refusal) {
    await dispose();
    throw refusal;
  }
  const { file } = received;
  return {
    fields,
    file: file && {
      name: file.name,
      size: file.size,
      pieces: () => createReadStream(path, { highWaterMark: CHUNK_BYTES }),
    },
    dispose,
  };
}
