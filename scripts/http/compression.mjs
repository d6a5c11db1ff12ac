/**
 * Response compression for the production server. Next.js's own middleware, the one `next start` applies, runs
 * here instead (next.config.js turns Next's off) so that a body the app has already compressed can be sent as it
 * is: an analyst's answers CSV is a megabyte, and gzipping it for every request would cost more than the read.
 *
 * The app registers the gzip of a body it keeps (lib/api/precompressed-bodies.ts), keyed by the very bytes it
 * sends; when those bytes arrive here as the response's first chunk and the client accepts gzip, the registered
 * gzip goes out instead. Any other body is compressed by Next's middleware, as before.
 */
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const compression = require("next/dist/compiled/compression");
const { releaseCompressionStream } = require("next/dist/server/lib/release-compression-stream");

/** The registry the app fills: a WeakMap from a body's bytes to their gzip, shared through the global symbol. */
const PRECOMPRESSED_BODIES = Symbol.for("res45.precompressedBodies");

function precompressedBodies() {
  return (globalThis[PRECOMPRESSED_BODIES] ??= new WeakMap());
}

/** Whether an `Accept-Encoding` header accepts gzip (named, or `*`, with a quality above zero). */
export function acceptsGzip(acceptEncoding) {
  const quality = new Map();
  for (const part of String(acceptEncoding ?? "").split(",")) {
    const [coding, ...params] = part.trim().toLowerCase().split(";");
    if (!coding) continue;
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    quality.set(coding, q === undefined ? 1 : Number(q));
  }
  const q = quality.get("gzip") ?? quality.get("x-gzip") ?? quality.get("*");
  return q !== undefined && q > 0;
}

function addVary(response, field) {
  // Next.js appends Vary once per route header: a list here.
  const vary = [response.getHeader("Vary") ?? []].flat().join(", ");
  if (vary === "*" || vary.split(",").some((v) => v.trim().toLowerCase() === field.toLowerCase())) return;
  response.setHeader("Vary", vary ? `${vary}, ${field}` : field);
}

/**
 * Sends a registered body's gzip in place of the body. Installed above the compression middleware, which then
 * sees the Content-Encoding and leaves the bytes alone. The registered bytes are the whole body, so any further
 * chunk after them would make the response corrupt: it is refused with an error instead.
 */
function sendPrecompressed(response) {
  const { write, end, flushHeaders } = response;
  let state = "first";
  // Next.js flushes the headers just before it writes the first chunk, which would settle the encoding before the
  // chunk is seen: the flush waits for that write (or, if none comes in the same turn, for a microtask).
  let flushPending = false;
  const flush = () => {
    if (!flushPending) return;
    flushPending = false;
    flushHeaders.call(response);
  };
  response.flushHeaders = function () {
    if (state !== "first" || this.headersSent) return flushHeaders.call(this);
    if (flushPending) return;
    flushPending = true;
    queueMicrotask(flush);
  };
  const substitute = (chunk) => {
    if (state === "substituted" && chunk != null && chunk.length > 0)
      throw new Error("A precompressed body was followed by more bytes");
    if (state !== "first" || chunk == null || chunk.length === 0) return chunk;
    state = "passed";
    const gzip = chunk instanceof Uint8Array ? precompressedBodies().get(chunk) : undefined;
    if (!gzip || response.headersSent || response.getHeader("Content-Encoding")) return chunk;
    state = "substituted";
    response.setHeader("Content-Encoding", "gzip");
    // The whole body, so its length is known: sent with it, rather than in chunks a client must parse.
    response.setHeader("Content-Length", gzip.byteLength);
    addVary(response, "Accept-Encoding");
    // Other bytes than the identity body's: a strong tag would claim them equal (nginx weakens it the same way).
    const etag = response.getHeader("ETag");
    if (typeof etag === "string" && etag.startsWith('"')) response.setHeader("ETag", `W/${etag}`);
    return gzip;
  };
  const substituteAndFlush = (chunk) => {
    const body = substitute(chunk);
    flush();
    return body;
  };
  response.write = function (chunk, encoding, callback) {
    return write.call(this, substituteAndFlush(chunk), encoding, callback);
  };
  response.end = function (chunk, encoding, callback) {
    const body = typeof chunk === "function" ? chunk : substituteAndFlush(chunk);
    return end.call(this, body, encoding, callback);
  };
}

/** `compress(request, response)`: called before the app handles the request, compresses what it answers. */
export function createCompression() {
  const compress = compression();
  return function compressResponse(request, response) {
    compress(request, response, () => {});
    // As Next.js does: a client that leaves mid-response would otherwise leave the zlib stream open past GC.
    response.once("close", () => {
      if (!response.writableFinished) releaseCompressionStream(response);
    });
    if (request.method !== "HEAD" && acceptsGzip(request.headers["accept-encoding"])) sendPrecompressed(response);
  };
}
