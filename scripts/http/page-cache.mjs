/**
 * Renderings kept between requests, for the pages analysts reload all day: the cycle dashboard is
 * a 193-state render (tens of milliseconds of CPU each), while its data changes a few times a day.
 * The app decides what may be kept: for each request the server asks it for the page's rendering
 * key (`GET /api/rendered-pages/analysis/{cycle}/key`, with the request's cookie), which names the
 * reader and every input of the page. A kept rendering is sent only to a request whose key is
 * equal, that is, to the same signed-in reader while nothing the page shows has changed; no key
 * (signed out, not BDT, an unknown cycle, any refusal) means the page is rendered as usual.
 *
 * Each response still gets a fresh Content-Security-Policy nonce: the nonce the rendering was made
 * with is replaced, in the CSP header and in the HTML, by a new one. It is a random 48-character
 * value nobody but that response's reader saw, so nothing else in the page can contain it.
 */
import { randomUUID } from "node:crypto";
import { Agent, request as httpRequest } from "node:http";
import { gunzip } from "node:zlib";
import { acceptsGzip } from "./compression.mjs";
import { prepareSplicedGzip, splicedGzip } from "./spliced-gzip.mjs";

/** The dashboard's document: `/{locale}/analysis/{cycle}`. Its RSC payload (client navigations) is rendered as usual. */
const DASHBOARD = /^\/([a-z]{2})\/analysis\/(\d{4})$/;

/** The URL of the rendering key of a page request, or null when the page is never kept. */
export function renderingKeyPath(method, url, headers) {
  if (method !== "GET" || !headers.cookie) return null;
  // Client navigations, prefetches and server actions ask for other representations than the document.
  if (headers.rsc || headers["next-router-prefetch"] || headers["next-router-state-tree"] || headers["next-action"])
    return null;
  const at = (url ?? "/").indexOf("?");
  const path = at < 0 ? url : url.slice(0, at);
  const match = DASHBOARD.exec(path);
  if (!match) return null;
  const query = new URLSearchParams(at < 0 ? "" : url.slice(at + 1));
  query.set("locale", match[1]);
  return `/api/rendered-pages/analysis/${match[2]}/key?${query}`;
}

/** The nonce of a CSP header (`'nonce-…'`), or null. */
export function nonceOf(csp) {
  return /'nonce-([^']+)'/.exec(csp ?? "")?.[1] ?? null;
}

/** A new nonce, made as proxy.ts makes one. */
export function freshNonce() {
  return Buffer.from(randomUUID()).toString("base64");
}

/** Headers a kept rendering does not repeat: they belong to one response, or are set again when it is sent. */
const NOT_KEPT = new Set([
  "content-security-policy",
  "content-length",
  "content-encoding",
  "transfer-encoding",
  "connection",
  "keep-alive",
  "date",
  "set-cookie",
]);

/**
 * What may be kept of a finished response: a 200 HTML document rendered with a nonce, which set no
 * cookie other than the language one (next-intl's, which names the path's language, already in the key).
 */
export function keepableRendering(statusCode, headers, html) {
  if (statusCode !== 200) return null;
  if (!String(headers["content-type"] ?? "").startsWith("text/html")) return null;
  if (headers["content-encoding"]) return null;
  const cookies = [headers["set-cookie"] ?? []].flat();
  if (cookies.some((c) => !String(c).startsWith("NEXT_LOCALE="))) return null;
  const csp = headers["content-security-policy"];
  const nonce = nonceOf(csp);
  if (!nonce) return null;
  const kept = Object.entries(headers).filter(([name]) => !NOT_KEPT.has(name.toLowerCase()));
  const gzip = prepareSplicedGzip(html, nonce);
  const bytes = Buffer.byteLength(html) + gzip.parts.reduce((sum, p) => sum + p.deflated.byteLength, 0);
  return { headers: kept, csp: String(csp), nonce, html, gzip, bytes };
}

/** The rendering as one response's: a new nonce in the CSP header and in the HTML. */
export function withFreshNonce(rendering, nonce = freshNonce()) {
  return {
    csp: rendering.csp.replaceAll(rendering.nonce, nonce),
    html: rendering.html.replaceAll(rendering.nonce, nonce),
  };
}

/** Kept renderings, least recently sent dropped first, bounded by count and by size. */
export function createRenderingStore({ maxEntries = 32, maxBytes = 16 * 1024 * 1024 } = {}) {
  const entries = new Map();
  let bytes = 0;
  return {
    get(key) {
      const found = entries.get(key);
      if (!found) return undefined;
      entries.delete(key);
      entries.set(key, found);
      return found;
    },
    set(key, rendering) {
      if (rendering.bytes > maxBytes) return;
      const previous = entries.get(key);
      if (previous) {
        entries.delete(key);
        bytes -= previous.bytes;
      }
      entries.set(key, rendering);
      bytes += rendering.bytes;
      for (const [oldest, value] of entries) {
        if (entries.size <= maxEntries && bytes <= maxBytes) break;
        entries.delete(oldest);
        bytes -= value.bytes;
      }
    },
    get size() {
      return entries.size;
    },
    get bytes() {
      return bytes;
    },
  };
}

/** Headers given to `writeHead`, which `getHeaders()` does not list: an object, or a flat [name, value, …] list. */
function headersGiven(args) {
  const given = args.find((a) => typeof a === "object" && a !== null);
  if (!given) return {};
  if (!Array.isArray(given)) return Object.fromEntries(Object.entries(given).map(([k, v]) => [k.toLowerCase(), v]));
  const pairs = {};
  for (let i = 0; i + 1 < given.length; i += 2) pairs[String(given[i]).toLowerCase()] = given[i + 1];
  return pairs;
}

/** Collects what is written to `response` and calls `done(headers, body)` once it has ended. */
function collectBody(response, done) {
  let given = {};
  const writeHead = response.writeHead;
  response.writeHead = function (...args) {
    given = headersGiven(args);
    return writeHead.apply(this, args);
  };
  const chunks = [];
  const add = (chunk, encoding) => {
    if (typeof chunk === "string") chunks.push(Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8"));
    else if (chunk instanceof Uint8Array) chunks.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
  };
  const write = response.write;
  const end = response.end;
  response.write = function (chunk, encoding, callback) {
    add(chunk, encoding);
    return write.call(this, chunk, encoding, callback);
  };
  response.end = function (chunk, encoding, callback) {
    if (chunk !== undefined && typeof chunk !== "function") add(chunk, encoding);
    const result = end.call(this, chunk, encoding, callback);
    done({ ...this.getHeaders(), ...given }, Buffer.concat(chunks));
    return result;
  };
}

/**
 * The server's page cache: `serve(request, response, render)` sends a kept rendering when the app
 * gives the request a key it has one for, and otherwise calls `render(request, response)` (the app's
 * handler, behind the request gate), keeping what it renders. Requests for one key that arrive while
 * it renders wait for that rendering instead of starting their own.
 */
export function createPageCache({ origin, store = createRenderingStore() }) {
  const agent = new Agent({ keepAlive: true, maxSockets: 16 });
  const inFlight = new Map();

  /** The app's key for the request, or null; any failure is "no key": the page is then rendered as usual. */
  function askKey(keyPath, headers) {
    return new Promise((resolve) => {
      const forwarded = { cookie: headers.cookie, accept: "application/json" };
      if (headers.host) forwarded.host = headers.host;
      if (headers["x-forwarded-proto"]) forwarded["x-forwarded-proto"] = headers["x-forwarded-proto"];
      const ask = httpRequest(`${origin}${keyPath}`, { agent, headers: forwarded }, (answer) => {
        const chunks = [];
        answer.on("data", (c) => chunks.push(c));
        answer.on("end", () => {
          if (answer.statusCode !== 200) return resolve(null);
          try {
            const { key } = JSON.parse(Buffer.concat(chunks).toString("utf8"));
            resolve(typeof key === "string" && key ? key : null);
          } catch {
            resolve(null);
          }
        });
        answer.on("error", () => resolve(null));
      });
      ask.on("error", () => resolve(null));
      ask.setTimeout(10_000, () => ask.destroy());
      ask.end();
    });
  }

  function send(request, response, rendering) {
    const nonce = freshNonce();
    const { csp, html } = withFreshNonce(rendering, nonce);
    for (const [name, value] of rendering.headers) response.setHeader(name, value);
    response.setHeader("Content-Security-Policy", csp);
    response.setHeader("Server-Timing", 'page;desc="kept rendering"');
    // Compressed without compressing again: the parts around the nonce were compressed when it was kept.
    const zipped = acceptsGzip(request.headers["accept-encoding"]) ? splicedGzip(rendering.gzip, nonce) : null;
    if (zipped) response.setHeader("Content-Encoding", "gzip");
    const body = zipped ?? Buffer.from(html);
    response.setHeader("Content-Length", body.byteLength);
    response.end(body);
  }

  /** Renders through the app and keeps the result under `key`; resolves with the kept rendering or null. */
  function renderAndKeep(request, response, key, render) {
    return new Promise((resolve) => {
      // The reader of this render gets it compressed if they asked; it is kept uncompressed, because the nonce
      // is replaced in the HTML of every response that sends it again. gzip only: the one encoding kept here.
      if (acceptsGzip(request.headers["accept-encoding"])) request.headers["accept-encoding"] = "gzip";
      else delete request.headers["accept-encoding"];
      let ended = false;
      response.once("close", () => {
        if (!ended) resolve(null);
      });
      collectBody(response, (headers, body) => {
        ended = true;
        const keep = (html) => {
          const rendering = keepableRendering(response.statusCode, headers, html);
          if (rendering) store.set(key, rendering);
          resolve(rendering);
        };
        const encoding = headers["content-encoding"];
        if (!encoding) return keep(body.toString("utf8"));
        if (encoding !== "gzip") return resolve(null);
        delete headers["content-encoding"];
        gunzip(body, (error, html) => (error ? resolve(null) : keep(html.toString("utf8"))));
      });
      render(request, response);
    });
  }

  async function serve(request, response, render) {
    const keyPath = renderingKeyPath(request.method, request.url, request.headers);
    if (!keyPath) return render(request, response);
    const appKey = await askKey(keyPath, request.headers);
    if (!appKey) return render(request, response);
    // The page's URL too: a query the page ignores still gets its own rendering, never another's.
    const key = `${request.headers.host}\n${request.url}\n${appKey}`;
    const kept = store.get(key);
    if (kept) return send(request, response, kept);
    const pending = inFlight.get(key);
    if (pending) {
      const rendering = await pending;
      return rendering ? send(request, response, rendering) : render(request, response);
    }
    const rendered = renderAndKeep(request, response, key, render);
    inFlight.set(key, rendered);
    rendered.finally(() => inFlight.delete(key));
  }

  return { serve, store };
}
