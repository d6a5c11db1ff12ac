/**
 * Figure 4: first-load JavaScript of a route, gzip, measured the same way whatever
 * the bundler prints: the route's HTML is fetched from the running production
 * server and the JS chunks its script tags load are gzipped from the build output.
 */
import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

/**
 * The `/_next/static/…js` files an HTML page's script tags load, without query
 * strings, in order. `noModule` scripts (Next's polyfills for old browsers) are
 * left out: browsers that run modules, every browser the app supports, skip them.
 */
export function scriptChunks(html: string): string[] {
  const chunks = new Set<string>();
  for (const match of html.matchAll(/<script\b([^>]*)>/g)) {
    const attributes = match[1]!;
    if (/\bnomodule\b/i.test(attributes)) continue;
    const src = /\bsrc="([^"]+)"/.exec(attributes)?.[1];
    if (!src) continue;
    const path = src.replace(/&amp;/g, "&").split("?")[0]!;
    if (path.startsWith("/_next/static/") && path.endsWith(".js")) chunks.add(path);
  }
  return [...chunks];
}

export interface PageWeight {
  route: string;
  status: number;
  chunks: number;
  /** Bytes of JavaScript after gzip (level 9, as CDNs serve static files). */
  gzipBytes: number;
  rawBytes: number;
  htmlGzipBytes: number;
}

const gzipCache = new Map<string, { raw: number; gzip: number }>();

function chunkSize(src: string): { raw: number; gzip: number } {
  const hit = gzipCache.get(src);
  if (hit) return hit;
  const file = path.join(".next", "static", decodeURIComponent(src.slice("/_next/static/".length)));
  const body = fs.readFileSync(file);
  const size = { raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
  gzipCache.set(src, size);
  return size;
}

export async function pageWeight(base: string, route: string, cookie: string | null): Promise<PageWeight> {
  // Redirects are followed: /results, for example, sends a focal point on to their state's results page.
  const response = await fetch(`${base}${route}`, { headers: cookie ? { cookie } : {} });
  const html = await response.text();
  if (response.status !== 200) throw new Error(`GET ${route} answered ${response.status}, not the page`);
  const chunks = scriptChunks(html);
  let gzipBytes = 0;
  let rawBytes = 0;
  for (const src of chunks) {
    const size = chunkSize(src);
    gzipBytes += size.gzip;
    rawBytes += size.raw;
  }
  return {
    route,
    status: response.status,
    chunks: chunks.length,
    gzipBytes,
    rawBytes,
    htmlGzipBytes: gzipSync(Buffer.from(html), { level: 9 }).length,
  };
}
