import "server-only";
import { promisify } from "node:util";
import { gzip } from "node:zlib";
import { NextResponse } from "next/server";
import { matchesIfNoneMatch } from "@/lib/api/etag";
import { PRECOMPRESS_MIN_BYTES, registerPrecompressedBody } from "@/lib/api/precompressed-bodies";
import { StampedCache } from "@/lib/cache/stamped-cache";
import type { Tagged } from "@/server/cycle-stamp";

/**
 * Caching headers of a tagged read: the browser (never a shared cache: the answer depends on the
 * session) keeps it and asks again with `If-None-Match` each time.
 */
function cacheHeaders(etag: string, vary: string, scope: CacheScope): Record<string, string> {
  return { ETag: etag, "Cache-Control": `${scope}, no-cache`, Vary: vary };
}

/**
 * `private`: the answer depends on the session. `public`: open data, the same for everyone, which any
 * cache may keep, asking again with `If-None-Match` each time (a withdrawn publication stops at once).
 */
export type CacheScope = "private" | "public";

/** A rendered answer kept as bytes: the status, the headers it was rendered with, and the body. */
interface RenderedBody {
  status: number;
  headers: [string, string][];
  body: Uint8Array<ArrayBuffer>;
}

/**
 * The bodies of tagged reads, by path and tag. A tag names exactly one value of one read (and the
 * representation, where a route varies on Accept), so the bytes sent once can be sent again while the
 * tag holds: a repeated read costs no serialisation. Bounded by entries (the largest, a cycle's
 * answers CSV, is about 1.5 MB).
 */
const renderedBodies = new StampedCache<RenderedBody>(12);

const gzipAsync = promisify(gzip);

/**
 * The kept bytes, and their gzip for the production server to send to a client that accepts it
 * (scripts/http/compression.mjs): compressed once per tag, off the event loop, not once per request.
 */
async function renderBody(rendered: Response | object): Promise<RenderedBody> {
  const response = rendered instanceof Response ? rendered : NextResponse.json(rendered);
  const body = new Uint8Array(await response.arrayBuffer());
  if (body.byteLength >= PRECOMPRESS_MIN_BYTES) registerPrecompressedBody(body, await gzipAsync(body));
  return { status: response.status, headers: [...response.headers.entries()], body };
}

/**
 * The kept bytes as a body, without a copy: `new Response(bytes)` copies them (undici's `extractBody`),
 * a megabyte per answers CSV sent, which under load is most of the server's garbage. The stream hands
 * the same bytes to every response; nothing downstream writes to them.
 */
function bodyOf(bytes: Uint8Array<ArrayBuffer>): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
}

/**
 * 304 Not Modified when the request's `If-None-Match` names the read's current tag, else `render`'s
 * answer with the tag (rendered once per path and tag). The service function that produced `tagged` has
 * already checked access.
 */
export async function conditionalResponse<T>(
  request: Request,
  tagged: Tagged<T>,
  render: (value: T) => Response | object,
  vary = "Cookie",
  scope: CacheScope = "private",
): Promise<Response> {
  const headers = cacheHeaders(tagged.etag, vary, scope);
  if (matchesIfNoneMatch(request.headers.get("if-none-match"), tagged.etag))
    return new Response(null, { status: 304, headers });
  const key = `${new URL(request.url).pathname}\n${tagged.etag}`;
  const rendered = await renderedBodies.get(key, tagged.etag, async () => renderBody(render(tagged.value)));
  const response = new Response(bodyOf(rendered.body), { status: rendered.status, headers: rendered.headers });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}
