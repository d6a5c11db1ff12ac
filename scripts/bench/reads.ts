/** Figure 1: an analyst's reads under 20 concurrent clients, beside `GET /api/health` under the same load. */
import { runLoad, type LoadResult } from "./load";

export const READ_TARGETS = ["health", "regions", "scores", "dashboard"] as const;
export type ReadTarget = (typeof READ_TARGETS)[number];

export function readPath(target: ReadTarget, cycle: number): string {
  switch (target) {
    case "health":
      return "/api/health";
    case "regions":
      return `/api/v1/cycles/${cycle}/regions`;
    case "scores":
      return `/api/v1/cycles/${cycle}/scores`;
    case "dashboard":
      // Pages live under their language; the English page, without the redirect a bare path gets.
      return `/en/analysis/${cycle}`;
  }
}

export interface ReadOptions {
  connections: number;
  durationSeconds: number;
  warmupSeconds: number;
}

export async function measureReads(
  base: string,
  analystCookie: string,
  cycle: number,
  options: ReadOptions,
): Promise<Record<ReadTarget, LoadResult>> {
  const results = {} as Record<ReadTarget, LoadResult>;
  for (const target of READ_TARGETS) {
    const load = (durationSeconds: number) =>
      runLoad({
        url: `${base}${readPath(target, cycle)}`,
        connections: options.connections,
        durationSeconds,
        // The baseline carries the same cookie, so both sides parse the same request.
        headers: { cookie: analystCookie },
      });
    // A warm-up first: the first requests load route bundles and fill the JIT, which is not the steady state.
    await load(options.warmupSeconds);
    results[target] = await load(options.durationSeconds);
    const r = results[target];
    console.log(
      `  ${target.padEnd(9)} p50 ${r.p50.toFixed(1)} ms, p95 ${r.p95.toFixed(1)} ms, ${r.rps.toFixed(0)} req/s, ${r.errors} errors`,
    );
  }
  return results;
}
