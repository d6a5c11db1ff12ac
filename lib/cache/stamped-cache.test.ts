import { AsyncLocalStorage } from "node:async_hooks";
import v8 from "node:v8";
import { describe, expect, it, vi } from "vitest";
import { StampedCache } from "./stamped-cache";

describe("StampedCache", () => {
  it("computes once per stamp and again when the stamp changes", async () => {
    const cache = new StampedCache<number>(4);
    const compute = vi.fn(async () => compute.mock.calls.length);
    expect(await cache.get("scores:2025", "s1", compute)).toBe(1);
    expect(await cache.get("scores:2025", "s1", compute)).toBe(1);
    expect(await cache.get("scores:2025", "s2", compute)).toBe(2);
    expect(compute).toHaveBeenCalledTimes(2);
  });

  it("shares one computation between readers asking at the same time", async () => {
    const cache = new StampedCache<string>(4);
    const compute = vi.fn(() => new Promise<string>((resolve) => setTimeout(() => resolve("rows"), 5)));
    const [a, b] = await Promise.all([cache.get("k", "s", compute), cache.get("k", "s", compute)]);
    expect([a, b]).toEqual(["rows", "rows"]);
    expect(compute).toHaveBeenCalledTimes(1);
  });

  it("keeps keys apart", async () => {
    const cache = new StampedCache<string>(4);
    expect(await cache.get("a", "s", async () => "A")).toBe("A");
    expect(await cache.get("b", "s", async () => "B")).toBe("B");
    expect(await cache.get("a", "s", async () => "other")).toBe("A");
  });

  it("does not keep a failed computation", async () => {
    const cache = new StampedCache<string>(4);
    await expect(cache.get("k", "s", async () => Promise.reject(new Error("database gone")))).rejects.toThrow();
    await Promise.resolve();
    expect(await cache.get("k", "s", async () => "retried")).toBe("retried");
  });

  it("evicts the least recently used key beyond its capacity", async () => {
    const cache = new StampedCache<string>(2);
    await cache.get("a", "s", async () => "A");
    await cache.get("b", "s", async () => "B");
    await cache.get("a", "s", async () => "A again"); // a is now the most recent
    await cache.get("c", "s", async () => "C");
    expect(cache.size).toBe(2);
    expect(await cache.get("a", "s", async () => "recomputed")).toBe("A");
    expect(await cache.get("b", "s", async () => "recomputed")).toBe("recomputed");
  });

  it("does not keep the request that computed a value: only the value", async () => {
    // What a request holds (React keeps a page's whole rendering in its AsyncLocalStorage store).
    class RequestStore {
      readonly rendering = new Array(1000).fill("rendered");
    }
    const requests = new AsyncLocalStorage<RequestStore>();
    const cache = new StampedCache<string>(4);
    const first = await requests.run(new RequestStore(), () => cache.get("k", "s", async () => "value"));
    expect(first).toBe("value");
    await new Promise((resolve) => setImmediate(resolve));
    expect(v8.queryObjects(RequestStore, { format: "count" })).toBe(0);
    expect(await cache.get("k", "s", async () => "recomputed")).toBe("value");
  });
});
