import { MAX_BODY_BYTES } from "../config/request-limits.js";

export { MAX_BODY_BYTES };

/** Whether the request says (`Content-Length`) that its body is larger than `limit`. */
export function declaresMoreThan(headers: Headers, limit: number = MAX_BODY_BYTES): boolean {
  return Number(headers.get("content-length") ?? "0") > limit;
}

/**
 * The body's bytes, read chunk by chunk so that an undeclared (chunked) huge body is cut off once it
 * passes `limit`: then null, and the rest is never read.
 */
export async function readAtMost(
  body: ReadableStream<Uint8Array> | null,
  limit: number = MAX_BODY_BYTES,
): Promise<Uint8Array[] | null> {
  if (!body) return [];
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return chunks;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
}

/**
 * Whether a request's body is larger than `limit`: as declared, or, when no length is declared
 * (chunked), as counted while reading it. Reads `request.body`: give it a request whose body no one
 * else needs (the proxy's copy).
 */
export async function bodyExceeds(request: Request, limit: number = MAX_BODY_BYTES): Promise<boolean> {
  if (declaresMoreThan(request.headers, limit)) return true;
  if (request.headers.has("content-length") || !request.body) return false;
  return (await readAtMost(request.body, limit)) === null;
}
