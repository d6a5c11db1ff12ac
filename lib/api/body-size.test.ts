import { describe, expect, it } from "vitest";
import { bodyExceeds, declaresMoreThan, MAX_BODY_BYTES, readAtMost } from "./body-size";

/** A stream of `count` chunks of `size` bytes, recording how many were pulled and whether it was cancelled. */
function chunked(count: number, size: number) {
  const seen = { pulled: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (seen.pulled === count) return controller.close();
      seen.pulled++;
      controller.enqueue(new Uint8Array(size).fill(97));
    },
    cancel() {
      seen.cancelled = true;
    },
  });
  return { stream, seen };
}

const post = (body: BodyInit | ReadableStream, headers: Record<string, string> = {}) =>
  new Request("http://localhost/en/assessment", { method: "POST", body, headers, duplex: "half" } as RequestInit);

describe("request body limit", () => {
  it("is 1 MiB, the limit the documentation and the 413 message state", () => {
    expect(MAX_BODY_BYTES).toBe(1_048_576);
  });

  it("judges a declared length against the limit", () => {
    expect(declaresMoreThan(new Headers({ "content-length": String(MAX_BODY_BYTES) }))).toBe(false);
    expect(declaresMoreThan(new Headers({ "content-length": String(MAX_BODY_BYTES + 1) }))).toBe(true);
    expect(declaresMoreThan(new Headers())).toBe(false);
  });

  it("reads a body within the limit whole", async () => {
    const { stream } = chunked(3, 100);
    const chunks = await readAtMost(stream, 300);
    expect(chunks?.reduce((n, c) => n + c.byteLength, 0)).toBe(300);
  });

  it("stops reading an undeclared body at the limit, and cancels the rest", async () => {
    const { stream, seen } = chunked(1_000, 100);
    expect(await readAtMost(stream, 250)).toBeNull();
    expect(seen.pulled).toBeLessThan(10);
    expect(seen.cancelled).toBe(true);
  });

  it("finds an oversized body whether it is declared or streamed", async () => {
    const declared = post("x", { "content-length": String(MAX_BODY_BYTES + 1) });
    expect(await bodyExceeds(declared)).toBe(true);
    expect(await bodyExceeds(post(chunked(3, 600_000).stream))).toBe(true);
    expect(await bodyExceeds(post(chunked(3, 1_000).stream))).toBe(false);
    expect(await bodyExceeds(post("a small form", { "content-length": "12" }))).toBe(false);
    expect(await bodyExceeds(new Request("http://localhost/en"))).toBe(false);
  });
});
