import { describe, expect, it } from "vitest";
import { afterFailure, MAX_ATTEMPTS, MAX_RETRY_DELAY_MS, retryDelayMs } from "./backoff";

describe("retryDelayMs", () => {
  it("waits the base delay after the first failure, then doubles", () => {
    expect([1, 2, 3, 4].map((n) => retryDelayMs(n, 30_000))).toEqual([30_000, 60_000, 120_000, 240_000]);
  });

  it("never waits more than an hour, even after very many failures", () => {
    expect(retryDelayMs(20, 30_000)).toBe(MAX_RETRY_DELAY_MS);
    expect(retryDelayMs(5000, 30_000)).toBe(MAX_RETRY_DELAY_MS);
  });

  it("follows a short base under test", () => {
    expect(retryDelayMs(1, 200)).toBe(200);
    expect(retryDelayMs(3, 200)).toBe(800);
  });
});

describe("afterFailure", () => {
  const now = new Date("2026-01-01T00:00:00Z");

  it("schedules another attempt while attempts remain", () => {
    expect(afterFailure(2, 1000, now)).toEqual({ status: "queued", retryAt: new Date("2026-01-01T00:00:02Z") });
    expect(afterFailure(MAX_ATTEMPTS - 1, 1000, now).status).toBe("queued");
  });

  it("gives up after the last attempt", () => {
    expect(afterFailure(MAX_ATTEMPTS, 1000, now)).toEqual({ status: "failed" });
  });
});
