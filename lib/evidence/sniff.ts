import type { DocumentKind } from "./kinds";

/**
 * Decides what a file is from its bytes, never from its name or the type the
 * client declares: fed the file piece by piece as it arrives, so that no file
 * is held whole. Accepted: PDF, PNG, JPEG, DOCX and XLSX (Office Open XML),
 * ODT and ODS (OpenDocument), and plain UTF-8 text. Refused with a reason:
 * programs (PE, ELF, Mach-O, scripts), HTML and other markup, SVG, other ZIP
 * archives, documents with macros, and anything else.
 */
export type RefusalReason =
  | "unsupported_media.empty"
  | "unsupported_media.executable"
  | "unsupported_media.html"
  | "unsupported_media.svg"
  | "unsupported_media.zip_other"
  | "unsupported_media.macros"
  | "unsupported_media.binary";

export type SniffVerdict = { ok: true; kind: DocumentKind } | { ok: false; reason: RefusalReason };

const HEAD_BYTES = 4096;
/** The end of a ZIP file kept to read its central directory (the list of its entries). */
const ZIP_TAIL_BYTES = 1024 * 1024;

const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0) =>
  bytes.length >= at + prefix.length && prefix.every((b, i) => bytes[at + i] === b);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

const EXECUTABLE_MAGIC: readonly (readonly number[])[] = [
  ascii("MZ"), // Windows PE (.exe, .dll)
  [0x7f, 0x45, 0x4c, 0x46], // ELF
  [0xfe, 0xed, 0xfa, 0xce], // Mach-O, 32 and 64 bit, both byte orders
  [0xfe, 0xed, 0xfa, 0xcf],
  [0xce, 0xfa, 0xed, 0xfe],
  [0xcf, 0xfa, 0xed, 0xfe],
  [0xca, 0xfe, 0xba, 0xbe], // Mach-O universal binary (and Java classes)
  ascii("#!"), // a script
];
const PDF = ascii("%PDF-");
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const ZIP_LOCAL = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];
const UTF8_BOM = [0xef, 0xbb, 0xbf];

type HeadKind = DocumentKind | "zip" | RefusalReason;

/** What the first bytes say; "text" until the rest of the file is checked too. */
function classifyHead(head: Uint8Array): HeadKind {
  if (head.length === 0) return "unsupported_media.empty";
  if (startsWith(head, PDF)) return "pdf";
  if (startsWith(head, PNG)) return "png";
  if (startsWith(head, JPEG)) return "jpeg";
  if (EXECUTABLE_MAGIC.some((magic) => startsWith(head, magic))) return "unsupported_media.executable";
  if (startsWith(head, ZIP_LOCAL)) return "zip";
  if (startsWith(head, ZIP_EMPTY)) return "unsupported_media.zip_other";
  // Text: markup at its start (after a byte-order mark and blank space) is a page or an image, not text.
  const start = startsWith(head, UTF8_BOM) ? 3 : 0;
  const opening = new TextDecoder("utf-8", { fatal: false }).decode(head.subarray(start)).trimStart();
  if (opening.startsWith("<")) return /<svg[\s>/]/i.test(opening) ? "unsupported_media.svg" : "unsupported_media.html";
  return "text";
}

const u16 = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8);
const u32 = (b: Uint8Array, at: number) => (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;
const utf8 = (b: Uint8Array) => new TextDecoder("utf-8", { fatal: false }).decode(b);

/**
 * The entry names of a ZIP file, from the central directory at its end; null
 * when the directory cannot be read from the tail kept (not a well-formed ZIP).
 */
export function zipEntryNames(tail: Uint8Array, fileSize: number): string[] | null {
  const tailStart = fileSize - tail.length;
  // The end-of-central-directory record: 22 bytes and a comment of up to 65535.
  for (let at = tail.length - 22; at >= 0 && at >= tail.length - 22 - 65_535; at--) {
    if (!startsWith(tail, [0x50, 0x4b, 0x05, 0x06], at)) continue;
    const entries = u16(tail, at + 10);
    const directoryOffset = u32(tail, at + 16) - tailStart;
    if (directoryOffset < 0 || directoryOffset > at) return null;
    const names: string[] = [];
    let p = directoryOffset;
    for (let i = 0; i < entries; i++) {
      if (p + 46 > at || !startsWith(tail, [0x50, 0x4b, 0x01, 0x02], p)) return null;
      const nameLength = u16(tail, p + 28);
      const next = p + 46 + nameLength + u16(tail, p + 30) + u16(tail, p + 32);
      if (next > at) return null;
      names.push(utf8(tail.subarray(p + 46, p + 46 + nameLength)));
      p = next;
    }
    return names;
  }
  return null;
}

/** OpenDocument's first entry: "mimetype", stored uncompressed, holding the document's media type. */
function openDocumentType(head: Uint8Array): string | null {
  const nameLength = u16(head, 26);
  const extraLength = u16(head, 28);
  if (u16(head, 8) !== 0 || utf8(head.subarray(30, 30 + nameLength)) !== "mimetype") return null;
  const start = 30 + nameLength + extraLength;
  return utf8(head.subarray(start, start + u32(head, 18)));
}

/** A ZIP file is accepted only as a Word or Excel document (Office Open XML) or an OpenDocument text or sheet. */
export function classifyZip(head: Uint8Array, tail: Uint8Array, fileSize: number): SniffVerdict {
  const names = zipEntryNames(tail, fileSize);
  if (!names) return { ok: false, reason: "unsupported_media.zip_other" };
  if (names.some((n) => /(^|\/)vbaProject\.bin$/i.test(n) || /^Basic\//.test(n)))
    return { ok: false, reason: "unsupported_media.macros" };
  const odf = openDocumentType(head);
  if (odf !== null && names.includes("content.xml")) {
    if (odf === "application/vnd.oasis.opendocument.text") return { ok: true, kind: "odt" };
    if (odf === "application/vnd.oasis.opendocument.spreadsheet") return { ok: true, kind: "ods" };
    return { ok: false, reason: "unsupported_media.zip_other" };
  }
  if (names.includes("[Content_Types].xml")) {
    const word = names.includes("word/document.xml");
    const excel = names.includes("xl/workbook.xml");
    if (word && !excel) return { ok: true, kind: "docx" };
    if (excel && !word) return { ok: true, kind: "xlsx" };
  }
  return { ok: false, reason: "unsupported_media.zip_other" };
}

/** Fed a file's pieces in order; `verdict()` once the last one is in. */
export class ContentInspector {
  private head = new Uint8Array(0);
  private size = 0;
  private tail: Uint8Array[] = [];
  private tailBytes = 0;
  private readonly text = new TextDecoder("utf-8", { fatal: true });
  private textValid = true;

  push(piece: Uint8Array): void {
    if (piece.length === 0) return;
    if (this.head.length < HEAD_BYTES) {
      const take = piece.subarray(0, HEAD_BYTES - this.head.length);
      const head = new Uint8Array(this.head.length + take.length);
      head.set(this.head);
      head.set(take, this.head.length);
      this.head = head;
    }
    this.size += piece.length;
    if (startsWith(this.head, ZIP_LOCAL)) this.keepTail(piece);
    if (this.textValid) {
      // Text holds no NUL and is valid UTF-8 from its first byte to its last (a stream decoder spans the pieces).
      if (piece.includes(0)) this.textValid = false;
      else
        try {
          this.text.decode(piece, { stream: true });
        } catch {
          this.textValid = false;
        }
    }
  }

  private keepTail(piece: Uint8Array) {
    this.tail.push(piece.slice());
    this.tailBytes += piece.length;
    while (this.tail.length > 1 && this.tailBytes - this.tail[0]!.length >= ZIP_TAIL_BYTES)
      this.tailBytes -= this.tail.shift()!.length;
  }

  verdict(): SniffVerdict {
    const head = classifyHead(this.head);
    if (head === "zip") {
      const tail = new Uint8Array(this.tailBytes);
      let at = 0;
      for (const piece of this.tail) {
        tail.set(piece, at);
        at += piece.length;
      }
      return classifyZip(this.head, tail, this.size);
    }
    if (head !== "text")
      return head.startsWith("unsupported_media.")
        ? { ok: false, reason: head as RefusalReason }
        : { ok: true, kind: head as DocumentKind };
    if (this.textValid) {
      try {
        this.text.decode(); // a sequence cut off at the end is not valid UTF-8
      } catch {
        this.textValid = false;
      }
    }
    return this.textValid ? { ok: true, kind: "text" } : { ok: false, reason: "unsupported_media.binary" };
  }
}

/** The verdict on a whole file held in memory (tests, small files). */
export function sniffBytes(bytes: Uint8Array, pieceSize = 64 * 1024): SniffVerdict {
  const inspector = new ContentInspector();
  for (let at = 0; at < bytes.length; at += pieceSize) inspector.push(bytes.subarray(at, at + pieceSize));
  return inspector.verdict();
}
