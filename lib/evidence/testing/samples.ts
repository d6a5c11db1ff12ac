/**
 * Minimal real files, built byte by byte, for the tests of the content sniffer,
 * the service and the browser: a PDF, a PNG, a JPEG, ZIP containers laid out as
 * DOCX, XLSX, ODT and ODS are, and the things that must be refused.
 */
const encoder = new TextEncoder();
const bytesOf = (text: string) => encoder.encode(text);

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of data) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function le(values: [number, 2 | 4][]): Uint8Array {
  const out = new Uint8Array(values.reduce((n, [, size]) => n + size, 0));
  const view = new DataView(out.buffer);
  let at = 0;
  for (const [value, size] of values) {
    if (size === 2) view.setUint16(at, value, true);
    else view.setUint32(at, value, true);
    at += size;
  }
  return out;
}

/** A ZIP archive of stored (uncompressed) entries, in order, as zip tools write them. */
export function zip(entries: { name: string; data: string | Uint8Array }[]): Uint8Array {
  const locals: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = bytesOf(entry.name);
    const data = typeof entry.data === "string" ? bytesOf(entry.data) : entry.data;
    const crc = crc32(data);
    const local = concat([
      le([
        [0x04034b50, 4],
        [20, 2],
        [0, 2],
        [0, 2],
        [0, 2],
        [0, 2],
        [crc, 4],
        [data.length, 4],
        [data.length, 4],
        [name.length, 2],
        [0, 2],
      ]),
      name,
      data,
    ]);
    central.push(
      concat([
        le([
          [0x02014b50, 4],
          [20, 2],
          [20, 2],
          [0, 2],
          [0, 2],
          [0, 2],
          [0, 2],
          [crc, 4],
          [data.length, 4],
          [data.length, 4],
          [name.length, 2],
          [0, 2],
          [0, 2],
          [0, 2],
          [0, 2],
          [0, 4],
          [offset, 4],
        ]),
        name,
      ]),
    );
    locals.push(local);
    offset += local.length;
  }
  const directory = concat(central);
  const end = le([
    [0x06054b50, 4],
    [0, 2],
    [0, 2],
    [entries.length, 2],
    [entries.length, 2],
    [directory.length, 4],
    [offset, 4],
    [0, 2],
  ]);
  return concat([...locals, directory, end]);
}

const CONTENT_TYPES =
  '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>';

export const SAMPLES = {
  pdf: bytesOf(
    "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n" +
      "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
  ),
  // A 1×1 PNG (signature, IHDR, IDAT, IEND).
  png: Uint8Array.from(
    atob("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="),
    (c) => c.charCodeAt(0),
  ),
  jpeg: Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, ...bytesOf("JFIF"), 0x00, 0x01, 0x01, 0x00, 0xff, 0xd9]),
  docx: zip([
    { name: "[Content_Types].xml", data: CONTENT_TYPES },
    { name: "_rels/.rels", data: "<Relationships/>" },
    { name: "word/document.xml", data: "<w:document/>" },
  ]),
  xlsx: zip([
    { name: "[Content_Types].xml", data: CONTENT_TYPES },
    { name: "xl/workbook.xml", data: "<workbook/>" },
    { name: "xl/worksheets/sheet1.xml", data: "<worksheet/>" },
  ]),
  odt: zip([
    { name: "mimetype", data: "application/vnd.oasis.opendocument.text" },
    { name: "content.xml", data: "<office:document-content/>" },
    { name: "META-INF/manifest.xml", data: "<manifest/>" },
  ]),
  ods: zip([
    { name: "mimetype", data: "application/vnd.oasis.opendocument.spreadsheet" },
    { name: "content.xml", data: "<office:document-content/>" },
  ]),
  text: bytesOf("Cybersecurity Act 2021, section 4: the national CIRT.\nLoi n° 2021-12 — 第一条 — قانون\n"),
  // A Windows program renamed decree.pdf: the DOS header and "This program cannot be run in DOS mode".
  exe: concat([bytesOf("MZ"), new Uint8Array(58), bytesOf("This program cannot be run in DOS mode.\r\n")]),
  elf: concat([Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), new Uint8Array(56)]),
  svg: bytesOf('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
  html: bytesOf("\n  <!DOCTYPE html><html><body><script>alert(1)</script></body></html>"),
  jar: zip([
    { name: "META-INF/MANIFEST.MF", data: "Manifest-Version: 1.0\n" },
    { name: "Main.class", data: Uint8Array.from([0xca, 0xfe, 0xba, 0xbe]) },
  ]),
  docm: zip([
    { name: "[Content_Types].xml", data: CONTENT_TYPES },
    { name: "word/document.xml", data: "<w:document/>" },
    { name: "word/vbaProject.bin", data: Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0]) },
  ]),
  gif: concat([bytesOf("GIF89a"), Uint8Array.from([1, 0, 1, 0, 0x80, 0, 0])]),
};
