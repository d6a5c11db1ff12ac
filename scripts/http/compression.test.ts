import http from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync, gzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { registerPrecompressedBody } from "@/lib/api/precompressed-bodies";
import { acceptsGzip, createCompression } from "./compression.mjs";

describe("acceptsGzip", () => {
  it.each([
    ["gzip, deflate, br", true],
    ["br;q=1.0, gzip;q=0.8", true],
    ["*", true],
    ["GZIP", true],
    ["gzip;q=0", false],
    ["identity", false],
    ["br, *;q=0", false],
    ["", false],
    [undefined, false],
  ])("%s: %s", (header, accepted) => {
    expect(acceptsGzip(header)).toBe(accepted);
  });
});

/** The registered body: a CSV of about 100 kB, kept (as the app keeps it) for the whole test. */
const KEPT = new TextEncoder().encode(
  Array.from({ length: 3000 }, (_, i) => `KEN,africa,validated,q${i},legal,D.3-1,yes,1,2`).join("\n"),
);
const KEPT_GZIP = gzipSync(KEPT, { level: 1 });
registerPrecompressedBody(KEPT, KEPT_GZIP);

type Handler = (request: http.IncomingMessage, response: http.ServerResponse) => void;
const servers: http.Server[] = [];
afterEach(() => Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve)))));

/** A server that compresses as the production server does, then answers with `handler`. */
async function compressingServer(handler: Handler): Promise<string> {
  const compress = createCompression();
  const server = http.createServer((request, response) => {
    compress(request, response);
    handler(request, response);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** The raw response: headers and the bytes on the wire, not decoded. */
function get(url: string, headers: http.OutgoingHttpHeaders = {}, method = "GET") {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    http
      .request(url, { method, headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (c: Buffer) => chunks.push(c));
        response.on("end", () =>
          resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }),
        );
      })
      .on("error", reject)
      .end();
  });
}

const csv = (body: Uint8Array, etag = '"cycle-2049"'): Handler =>
  function (_request, response) {
    response.setHeader("Content-Type", "text/csv; charset=utf-8");
    response.setHeader("ETag", etag);
    response.setHeader("Vary", "Cookie");
    response.write(body);
    response.end();
  };

describe("the production server's compression", () => {
  it("sends a registered body's kept gzip, byte for byte, with a weakened tag", async () => {
    const url = await compressingServer(csv(KEPT));
    const answer = await get(url, { "accept-encoding": "gzip, deflate, br" });
    expect(answer.status).toBe(200);
    expect(answer.headers["content-encoding"]).toBe("gzip");
    expect(answer.headers.vary).toBe("Cookie, Accept-Encoding");
    expect(answer.headers.etag).toBe('W/"cycle-2049"');
    expect(answer.body.equals(KEPT_GZIP)).toBe(true);
  });

  it("sends the body itself, with its strong tag, to a client that does not accept gzip", async () => {
    const url = await compressingServer(csv(KEPT));
    for (const headers of [{}, { "accept-encoding": "identity" }, { "accept-encoding": "gzip;q=0, br" }]) {
      const answer = await get(url, headers);
      expect(answer.headers["content-encoding"], JSON.stringify(headers)).toBeUndefined();
      expect(answer.headers.etag).toBe('"cycle-2049"');
      expect(answer.body.equals(Buffer.from(KEPT))).toBe(true);
    }
  });

  it("compresses any other body of a compressible type as it is written, leaving a small whole one alone", async () => {
    const copy = new Uint8Array(KEPT);
    const url = await compressingServer(csv(copy));
    const answer = await get(url, { "accept-encoding": "gzip" });
    expect(answer.headers["content-encoding"]).toBe("gzip");
    expect(answer.headers.etag).toBe('"cycle-2049"');
    expect(answer.body.equals(KEPT_GZIP)).toBe(false);
    expect(gunzipSync(answer.body).equals(Buffer.from(KEPT))).toBe(true);

    const smallUrl = await compressingServer((_request, response) => {
      response.setHeader("Content-Type", "text/csv");
      response.end("iso3\nKEN\n");
    });
    const small = await get(smallUrl, { "accept-encoding": "gzip" });
    expect(small.headers["content-encoding"]).toBeUndefined();
    expect(small.body.toString()).toBe("iso3\nKEN\n");
  });

  it("sees the first chunk when the headers were flushed just before it, as Next.js flushes them", async () => {
    const url = await compressingServer((_request, response) => {
      response.setHeader("Content-Type", "text/csv");
      response.flushHeaders();
      response.write(KEPT);
      response.end();
    });
    const answer = await get(url, { "accept-encoding": "gzip" });
    expect(answer.headers["content-encoding"]).toBe("gzip");
    expect(answer.body.equals(KEPT_GZIP)).toBe(true);
  });

  it("still sends flushed headers at once when the body comes later (a streamed page)", async () => {
    let bodyWritten = false;
    let writeBody = () => {};
    const url = await compressingServer((_request, response) => {
      response.setHeader("Content-Type", "text/html");
      response.flushHeaders();
      writeBody = () => {
        bodyWritten = true;
        response.end("<!DOCTYPE html><p>later</p>");
      };
    });
    const body = await new Promise<string>((resolve, reject) => {
      http
        .get(url, { headers: { "accept-encoding": "gzip" } }, (response) => {
          expect(bodyWritten).toBe(false);
          const chunks: Buffer[] = [];
          response.on("data", (c: Buffer) => chunks.push(c));
          response.on("end", () => resolve(gunzipSync(Buffer.concat(chunks)).toString()));
          writeBody();
        })
        .on("error", reject);
    });
    expect(body).toBe("<!DOCTYPE html><p>later</p>");
  });

  it("answers HEAD with the headers only, and sends the registered bytes as an end() body too", async () => {
    const url = await compressingServer((request, response) => {
      response.setHeader("Content-Type", "application/json");
      if (request.method === "HEAD") return response.end();
      response.end(KEPT);
    });
    const head = await get(url, { "accept-encoding": "gzip" }, "HEAD");
    expect(head.status).toBe(200);
    expect(head.body.byteLength).toBe(0);
    const answer = await get(url, { "accept-encoding": "gzip" });
    expect(answer.headers["content-encoding"]).toBe("gzip");
    expect(answer.body.equals(KEPT_GZIP)).toBe(true);
  });

  it("never sends a registered gzip followed by more bytes: that response fails instead of arriving corrupt", async () => {
    let failure: unknown;
    const url = await compressingServer((_request, response) => {
      response.setHeader("Content-Type", "text/csv");
      response.write(KEPT);
      try {
        response.write("more");
      } catch (error) {
        failure = error;
        response.destroy();
      }
    });
    await expect(get(url, { "accept-encoding": "gzip" })).rejects.toThrow();
    expect(String(failure)).toMatch(/followed by more bytes/);
  });
});
