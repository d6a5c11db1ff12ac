import { describe, expect, it } from "vitest";
import { loadOnce } from "./lazy-schema";

describe("loadOnce", () => {
  it("loads once however often it is asked, and every caller gets the one result", async () => {
    let loads = 0;
    const load = loadOnce(async () => ({ n: ++loads }));
    const [a, b] = await Promise.all([load(), load()]);
    expect(await load()).toBe(a);
    expect(b).toBe(a);
    expect(loads).toBe(1);
  });

  it("tries again after a failed load (the network dropped) instead of keeping the failure", async () => {
    let loads = 0;
    const load = loadOnce(async () => {
      loads += 1;
      if (loads === 1) throw new Error("offline");
      return "schema";
    });
    await expect(load()).rejects.toThrow("offline");
    expect(await load()).toBe("schema");
    expect(loads).toBe(2);
  });
});
