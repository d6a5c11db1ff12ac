import { describe, expect, it } from "vitest";
import { evaluate, resultsSchema, UnmeasuredFigureError } from "./results";
import { scriptChunks } from "./page-weight";
import { isMet, percentile, summarize } from "./stats";

describe("percentile", () => {
  it("uses the nearest rank", () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i); // 100 … 1, unsorted on purpose
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 95)).toBe(95);
    expect(percentile(values, 100)).toBe(100);
    expect(percentile(values, 0)).toBe(1);
  });
  it("handles one value and none", () => {
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });
  it("refuses a percentile outside 0–100", () => {
    expect(() => percentile([1], 101)).toThrow(RangeError);
  });
  it("summarizes count, p50, p95 and rate", () => {
    expect(summarize([1, 2, 3, 4], 2)).toEqual({ count: 4, p50: 2, p95: 4, rps: 2 });
  });
});

describe("targets", () => {
  it("judges ratios against the baseline", () => {
    expect(isMet({ kind: "ratio-at-most", limit: 2 }, 20, 10)).toBe(true);
    expect(isMet({ kind: "ratio-at-most", limit: 2 }, 21, 10)).toBe(false);
    expect(isMet({ kind: "ratio-at-least", limit: 1 }, 9, 10)).toBe(false);
  });
  it("judges absolute limits and equality", () => {
    expect(isMet({ kind: "at-most", limit: 200 }, 199.9, 100)).toBe(true);
    expect(isMet({ kind: "at-least", limit: 90 }, 89, 100)).toBe(false);
    expect(isMet({ kind: "equal-baseline" }, 5790, 5790)).toBe(true);
    expect(isMet({ kind: "equal-baseline" }, 5789, 5790)).toBe(false);
  });
  it("never meets a target with a missing value", () => {
    expect(isMet({ kind: "at-most", limit: 1 }, Number.NaN, 1)).toBe(false);
  });
});

describe("results.json", () => {
  it("evaluates an entry and matches the schema", () => {
    const figure = evaluate("reads.scores.p95", 30, "ms", 10, { kind: "ratio-at-most", limit: 2 });
    expect(figure).toEqual({
      name: "reads.scores.p95",
      value: 30,
      unit: "ms",
      baseline: 10,
      ratio: 3,
      target: "≤ 2 × baseline",
      met: false,
    });
    expect(resultsSchema.parse({ figures: [figure] }).figures).toHaveLength(1);
  });
  it("reports a zero baseline without Infinity", () => {
    const figure = evaluate("errors", 3, "errors", 0, { kind: "at-most", limit: 0 });
    expect(figure.ratio).toBeNull();
    expect(figure.met).toBe(false);
    expect(resultsSchema.parse(JSON.parse(JSON.stringify({ figures: [figure] }))).figures[0]).toEqual(figure);
  });
  it("refuses to write a figure that was not measured, naming it and why", () => {
    const unmeasured = () => evaluate("reads.dashboard.p95", Number.NaN, "ms", 10, { kind: "ratio-at-most", limit: 2 });
    expect(unmeasured).toThrow(UnmeasuredFigureError);
    expect(unmeasured).toThrow(/reads\.dashboard\.p95 could not be measured: its value is NaN/);
    expect(() => evaluate("x", 1, "ms", Number.NaN, { kind: "ratio-at-most", limit: 2 })).toThrow(
      /its baseline is NaN/,
    );
  });
  it("refuses a malformed file", () => {
    expect(resultsSchema.safeParse({ figures: [{ name: "x" }] }).success).toBe(false);
    expect(resultsSchema.safeParse({ figures: [] }).success).toBe(false);
  });
});

describe("scriptChunks", () => {
  it("lists the page's JS chunks once each, without query strings or noModule polyfills", () => {
    const html =
      '<link rel="preload" as="script" href="/_next/static/chunks/a.js"/>' +
      '<script src="/_next/static/chunks/a.js?dpl=1" async=""></script>' +
      '<script src="/_next/static/chunks/polyfill.js" noModule=""></script>' +
      '<script nonce="x">self.__next_f.push([1])</script>' +
      '<script src="/_next/static/chunks/b.js" async=""></script>' +
      '<script src="https://example.org/other.js"></script>' +
      '<script src="/_next/static/chunks/a.js" async=""></script>';
    expect(scriptChunks(html)).toEqual(["/_next/static/chunks/a.js", "/_next/static/chunks/b.js"]);
  });
});

describe("mergeLoads (the rush on two app servers, summarised as one)", () => {
  it("takes percentiles over every response of both, adds rates, errors and outcomes", async () => {
    const { mergeLoads } = await import("./load");
    const load = (latencies: number[], errors: number, outcomes: Record<string, number>, bytesPerResponse: number) => ({
      ...summarize(latencies, 1),
      errors,
      non2xx: errors,
      outcomes,
      latencies,
      bytesPerResponse,
      clientCpu: 0.2,
    });
    const fast = load([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0, { 200: 10 }, 100);
    const slow = load([100, 200, 300, 400, 500, 600, 700, 800, 900, 1000], 1, { 200: 9, 500: 1 }, 300);
    const merged = mergeLoads([fast, slow]);
    expect(merged.count).toBe(20);
    expect(merged.p50).toBe(10);
    expect(merged.p95).toBe(900);
    expect(merged.rps).toBe(20);
    expect(merged.errors).toBe(1);
    expect(merged.outcomes).toEqual({ 200: 19, 500: 1 });
    // Sizes averaged over responses; the client's CPU is one process's, measured over the same time by each load.
    expect(merged.bytesPerResponse).toBe(200);
    expect(merged.clientCpu).toBe(0.2);
  });
});
