/**
 * gzip of a document that is the same for many responses but for one token (the CSP nonce), without
 * compressing it again for each: the parts between the token's places are compressed once, each as
 * raw deflate ending on a byte boundary (a sync flush, no final block), and a response's gzip is those
 * parts with the token between them as stored (uncompressed) deflate blocks, an empty final block, and
 * the CRC-32 and length of the whole (RFC 1951 §3.2.4, RFC 1952). A kept page of 130 kB costs a CRC
 * instead of about 6 ms of compression.
 */
import { constants, crc32, deflateRawSync } from "node:zlib";

const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0, 0x00, 0xff]);
/** An empty stored block with BFINAL set: the end of the deflate stream. */
const FINAL_BLOCK = Buffer.from([0x01, 0x00, 0x00, 0xff, 0xff]);
const MAX_STORED = 0xffff;

/** Deflate's window: how far back a part's matches may reach. */
const WINDOW = 32 * 1024;

/**
 * The document split at each place of `token`, each part compressed once. Each part is compressed with
 * what precedes it as its dictionary, so it compresses as well as in one stream; in that dictionary the
 * token's places hold NUL bytes, which no HTML contains, so no match reaches into them and the value a
 * response puts there (of the token's length) never changes what a match copies.
 */
export function prepareSplicedGzip(text, token) {
  const gap = Buffer.alloc(Buffer.byteLength(token));
  let history = Buffer.alloc(0);
  const parts = text.split(token).map((part) => {
    const bytes = Buffer.from(part);
    const options = { finishFlush: constants.Z_SYNC_FLUSH };
    if (history.byteLength > 0) options.dictionary = history.subarray(-WINDOW);
    const deflated = bytes.byteLength ? deflateRawSync(bytes, options) : Buffer.alloc(0);
    history = Buffer.concat([history.subarray(-WINDOW), bytes, gap]);
    return { bytes, deflated };
  });
  return { parts, valueBytes: gap.byteLength, usable: !text.includes("\0") };
}

/** `bytes` as stored deflate blocks (not final); the stream is on a byte boundary before and after. */
function storedBlocks(bytes) {
  const blocks = [];
  for (let at = 0; at < bytes.byteLength; at += MAX_STORED) {
    const chunk = bytes.subarray(at, at + MAX_STORED);
    const header = Buffer.alloc(5);
    header[0] = 0x00;
    header.writeUInt16LE(chunk.byteLength, 1);
    header.writeUInt16LE(~chunk.byteLength & 0xffff, 3);
    blocks.push(header, chunk);
  }
  return blocks;
}

/**
 * The gzip of the document with `value` in the token's places, or null when it cannot be spliced: a value
 * of another length than the token, or a document holding NUL bytes.
 */
export function splicedGzip(prepared, value) {
  const valueBytes = Buffer.from(value);
  if (!prepared.usable || (prepared.parts.length > 1 && valueBytes.byteLength !== prepared.valueBytes)) return null;
  const stored = storedBlocks(valueBytes);
  const pieces = [GZIP_HEADER];
  let crc = 0;
  let length = 0;
  prepared.parts.forEach((part, i) => {
    if (i > 0) {
      pieces.push(...stored);
      crc = crc32(valueBytes, crc);
      length += valueBytes.byteLength;
    }
    pieces.push(part.deflated);
    crc = crc32(part.bytes, crc);
    length += part.bytes.byteLength;
  });
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc >>> 0, 0);
  trailer.writeUInt32LE(length >>> 0, 4);
  pieces.push(FINAL_BLOCK, trailer);
  return Buffer.concat(pieces);
}
