import { execFileSync } from "node:child_process";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { prepareSplicedGzip, splicedGzip } from "./spliced-gzip.mjs";

const TOKEN = "TOKEN0000000000000000000000000000000000000000000";
const page = (n: number) =>
  Array.from({ length: n }, (_, i) => `<script nonce="${TOKEN}">step(${i})</script><p>Kenya — 71.2 · 東京</p>`).join(
    "",
  );

describe("splicedGzip", () => {
  it.each([
    ["a page with the token in many places", `<!DOCTYPE html>${page(40)}</html>`],
    ["the token at both ends", `${TOKEN}middle${TOKEN}`],
    ["no token", "<p>nothing to replace</p>"],
    ["only the token", TOKEN],
    ["an empty document", ""],
  ])("is the gzip of the document with the value in place: %s", (_, text) => {
    const prepared = prepareSplicedGzip(text, TOKEN);
    for (const value of [
      "NEWVALUE1111111111111111111111111111111111111111",
      "TOKEN0000000000000000000000000000000000000000000",
    ]) {
      const zipped = splicedGzip(prepared, value)!;
      expect(gunzipSync(zipped).toString("utf8")).toBe(text.replaceAll(TOKEN, value));
    }
  });

  it("is smaller than the document, and read by the system's gzip, checksum included", () => {
    // As a kept dashboard: about 20 scripts with the nonce in 130 kB.
    const rows = Array.from({ length: 40 }, (_, i) => `<tr><td>State ${i}</td><td>${(i * 7.31) % 100}</td></tr>`);
    const text = `<!DOCTYPE html>${Array.from({ length: 20 }, () => page(1) + rows.join("")).join("")}</html>`;
    const zipped = splicedGzip(prepareSplicedGzip(text, TOKEN), "N".repeat(48))!;
    expect(zipped.byteLength).toBeLessThan(Buffer.byteLength(text) / 5);
    const out = execFileSync("gzip", ["-t", "-v"], { input: zipped, stdio: ["pipe", "pipe", "pipe"] });
    expect(out).toBeDefined();
    expect(execFileSync("gzip", ["-dc"], { input: zipped }).toString("utf8")).toBe(
      text.replaceAll(TOKEN, "N".repeat(48)),
    );
  });

  it("refuses a value of another length than the token, and a document holding NUL bytes", () => {
    expect(splicedGzip(prepareSplicedGzip(`a${TOKEN}b`, TOKEN), "short")).toBeNull();
    expect(splicedGzip(prepareSplicedGzip(`a\0${TOKEN}b`, TOKEN), "N".repeat(48))).toBeNull();
    expect(gunzipSync(splicedGzip(prepareSplicedGzip("no token", TOKEN), "short")!).toString()).toBe("no token");
  });
});
