import http from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync, gzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import {
  createPageCache,
  createRenderingStore,
  freshNonce,
  keepableRendering,
  nonceOf,
  renderingKeyPath,
  withFreshNonce,
  type Rendering,
} from "./page-cache.mjs";

describe("renderingKeyPath", () => {
  const cookie = { cookie: "session=abc" };
  it("asks the key of the dashboard's document, with the path's language and the page's own query", () => {
    expect(renderingKeyPath("GET", "/en/analysis/2049", cookie)).toBe(
      "/api/rendered-pages/analysis/2049/key?locale=en",
    );
    expect(renderingKeyPath("GET", "/fr/analysis/2026?include=submitted", cookie)).toBe(
      "/api/rendered-pages/analysis/2026/key?include=submitted&locale=fr",
    );
  });
  it.each([
    ["POST", "/en/analysis/2049", cookie],
    ["GET", "/en/analysis/2049", {}],
    ["GET", "/en/analysis/2049", { ...cookie, rsc: "1" }],
    ["GET", "/en/analysis/2049", { ...cookie, "next-router-prefetch": "1" }],
    ["GET", "/en/analysis/2049/heatmap", cookie],
    ["GET", "/en/analysis/trends", cookie],
    ["GET", "/en/results", cookie],
    ["GET", "/api/v1/cycles/2049/scores", cookie],
  ])("never keeps %s %s (%o)", (method, url, headers) => {
    expect(renderingKeyPath(method, url, headers)).toBeNull();
  });
});

describe("a rendering", () => {
  const csp = "default-src 'self'; script-src 'self' 'nonce-OLD0NONCE' 'strict-dynamic'";
  const html = '<script nonce="OLD0NONCE">a()</script><p>Kenya 71.2</p><script nonce="OLD0NONCE">b()</script>';
  const headers = { "content-type": "text/html; charset=utf-8", "content-security-policy": csp, vary: "rsc" };

  it("is kept when it is a 200 HTML document with a nonce, without its per-response headers", () => {
    const kept = keepableRendering(200, { ...headers, date: "x", "content-length": "9" }, html)!;
    expect(kept.nonce).toBe("OLD0NONCE");
    expect(kept.headers).toEqual([
      ["content-type", "text/html; charset=utf-8"],
      ["vary", "rsc"],
    ]);
    expect(keepableRendering(200, { ...headers, "set-cookie": ["NEXT_LOCALE=en; Path=/"] }, html)).not.toBeNull();
  });

  it.each([
    ["a redirect", 307, headers],
    ["not HTML", 200, { ...headers, "content-type": "application/json" }],
    ["compressed", 200, { ...headers, "content-encoding": "gzip" }],
    ["without a nonce", 200, { ...headers, "content-security-policy": "default-src 'self'" }],
    ["setting a session cookie", 200, { ...headers, "set-cookie": ["session=new; HttpOnly"] }],
  ])("is not kept when %s", (_, status, given) => {
    expect(keepableRendering(status, given, html)).toBeNull();
  });

  it("is sent with a new nonce in its CSP header and everywhere in its HTML", () => {
    const kept = keepableRendering(200, headers, html)!;
    const sent = withFreshNonce(kept, "NEW1NONCE");
    expect(sent.csp).toBe(csp.replace("OLD0NONCE", "NEW1NONCE"));
    expect(sent.html).toBe(html.replaceAll("OLD0NONCE", "NEW1NONCE"));
    expect(freshNonce()).not.toBe(freshNonce());
    expect(freshNonce()).toMatch(/^[A-Za-z0-9+/]{48}$/);
  });
});

describe("createRenderingStore", () => {
  const rendering = (bytes: number) => ({ bytes }) as Rendering;
  it("drops the least recently sent rendering first, by count and by size", () => {
    const store = createRenderingStore({ maxEntries: 2, maxBytes: 100 });
    store.set("a", rendering(10));
    store.set("b", rendering(10));
    store.get("a");
    store.set("c", rendering(10));
    expect([store.get("a"), store.get("b"), store.get("c")].map(Boolean)).toEqual([true, false, true]);
    store.set("d", rendering(95));
    expect(store.size).toBe(1);
    expect(store.bytes).toBe(95);
    store.set("e", rendering(101));
    expect(store.get("e")).toBeUndefined();
  });
});

/**
 * A server that does what serve.mjs does, in front of a stand-in for the app: the key endpoint
 * answers the key of the reader named by the cookie (null for "stranger"), and each render writes
 * the page in two chunks with a new nonce and counts itself.
 */
function pageServer() {
  const keys = new Map<string, string>([["session=ana", "ana-1"]]);
  let renders = 0;
  let renderDelayMs = 0;
  let extraHeaders: Record<string, string> = {};
  let origin = "";
  let pages: ReturnType<typeof createPageCache>;
  const render = (request: http.IncomingMessage, response: http.ServerResponse) => {
    renders++;
    const nonce = freshNonce();
    setTimeout(() => {
      const html = `<script nonce="${nonce}">hydrate()</script><p>render ${renders} for ${request.headers.cookie}</p>`;
      // As Next.js does: compressed when the request accepts gzip.
      const gzipped = /gzip/.test(request.headers["accept-encoding"] ?? "");
      response.writeHead(200, {
        "content-type": "text/html; charset=utf-8",
        "content-security-policy": `script-src 'nonce-${nonce}'`,
        ...(gzipped ? { "content-encoding": "gzip" } : {}),
        ...extraHeaders,
      });
      const body = gzipped ? gzipSync(html) : Buffer.from(html);
      // In two writes, as a streamed render arrives.
      response.write(body.subarray(0, 10));
      response.end(body.subarray(10));
    }, renderDelayMs);
  };
  const server = http.createServer((request, response) => {
    if (request.url!.startsWith("/api/rendered-pages/")) {
      const key = keys.get(request.headers.cookie ?? "");
      response.writeHead(key === undefined ? 401 : 200, { "content-type": "application/json" });
      return response.end(JSON.stringify(key === undefined ? { code: "auth.required" } : { key }));
    }
    void pages.serve(request, response, render);
  });
  const listening = new Promise<void>((resolve) =>
    server.listen(0, "127.0.0.1", () => {
      origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      pages = createPageCache({ origin });
      resolve();
    }),
  );
  const get = async (cookie: string, headers: Record<string, string> = {}) => {
    await listening;
    const response = await new Promise<http.IncomingMessage>((resolve, reject) =>
      http.get(`${origin}/en/analysis/2049`, { headers: { cookie, ...headers } }, resolve).on("error", reject),
    );
    const chunks: Buffer[] = [];
    for await (const chunk of response) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    const body = (response.headers["content-encoding"] === "gzip" ? gunzipSync(raw) : raw).toString("utf8");
    return {
      headers: response.headers,
      body,
      nonce: nonceOf(String(response.headers["content-security-policy"] ?? "")),
    };
  };
  return {
    get,
    keys,
    get renders() {
      return renders;
    },
    set renderDelayMs(ms: number) {
      renderDelayMs = ms;
    },
    set extraHeaders(headers: Record<string, string>) {
      extraHeaders = headers;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe("createPageCache", () => {
  let app: ReturnType<typeof pageServer>;
  afterEach(async () => {
    await app.close();
  });

  it("renders once per key, and sends the same page with a fresh nonce until the key changes", async () => {
    app = pageServer();
    const first = await app.get("session=ana");
    const second = await app.get("session=ana");
    expect(app.renders).toBe(1);
    expect(second.body.replaceAll(second.nonce!, "N")).toBe(first.body.replaceAll(first.nonce!, "N"));
    expect(second.nonce).not.toBe(first.nonce);
    expect(second.body).toContain(`nonce="${second.nonce}"`);
    expect(second.headers["server-timing"]).toContain("kept rendering");
    expect(first.headers["server-timing"]).toBeUndefined();

    app.keys.set("session=ana", "ana-2");
    const afterChange = await app.get("session=ana");
    expect(app.renders).toBe(2);
    expect(afterChange.body).toContain("render 2");
  });

  it("renders every time for a reader the app gives no key", async () => {
    app = pageServer();
    await app.get("session=stranger");
    const again = await app.get("session=stranger");
    expect(app.renders).toBe(2);
    expect(again.body).toContain("render 2 for session=stranger");
  });

  it("keeps each reader's rendering under that reader's key", async () => {
    app = pageServer();
    app.keys.set("session=ben", "ben-1");
    await app.get("session=ana");
    const ben = await app.get("session=ben");
    expect(app.renders).toBe(2);
    expect(ben.body).toContain("render 2 for session=ben");
    expect((await app.get("session=ana")).body).toContain("render 1 for session=ana");
  });

  it("keeps nothing that set a cookie", async () => {
    app = pageServer();
    app.extraHeaders = { "set-cookie": "session=renewed; HttpOnly" };
    await app.get("session=ana");
    await app.get("session=ana");
    expect(app.renders).toBe(2);
  });

  it("lets requests that arrive during a render wait for it instead of rendering again", async () => {
    app = pageServer();
    app.renderDelayMs = 100;
    const pages = await Promise.all([1, 2, 3, 4, 5].map(() => app.get("session=ana")));
    expect(app.renders).toBe(1);
    expect(new Set(pages.map((p) => p.nonce)).size).toBe(5);
    for (const p of pages) expect(p.body).toContain(`nonce="${p.nonce}"`);
  });

  it("keeps a compressed render decoded, and compresses what it sends when the browser accepts gzip", async () => {
    app = pageServer();
    const first = await app.get("session=ana", { "accept-encoding": "gzip, br" });
    expect(first.headers["content-encoding"]).toBe("gzip");
    const second = await app.get("session=ana", { "accept-encoding": "gzip, br" });
    const plain = await app.get("session=ana");
    expect(app.renders).toBe(1);
    expect(second.headers["content-encoding"]).toBe("gzip");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    for (const kept of [second, plain]) {
      expect(kept.body).toBe(first.body.replaceAll(first.nonce!, kept.nonce!));
      expect(kept.headers["server-timing"]).toContain("kept rendering");
    }
  });
});
