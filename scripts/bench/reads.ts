/** Figure 1: an analyst's reads under 20 concurrent clients, beside `GET /api/health` under the same load. */
import { runLoad, type LoadResult } from "./load";
import { UnmeasuredFigureError } from "./results";

/** Fewer responses than this per client in the window make a p95 of too few samples: the load is then counted. */
const MIN_RESPONSES_PER_CLIENT = 2;
/** The safety limit of a counted load; a read slower than this is not measurable and fails the run. */
const COUNTED_LOAD_LIMIT_SECONDS = 120;

export const READ_TARGETS = ["health", "regions", "scores", "answers", "dashboard"] as const;
export type ReadTarget = (typeof READ_TARGETS)[number];

export function readPath(target: ReadTarget, cycle: number | "{c}"): string {
  switch (target) {
    case "health":
      return "/api/health";
    case "regions":
      return `/api/v1/cycles/${cycle}/regions`;
    case "scores":
      return `/api/v1/cycles/${cycle}/scores`;
    case "answers":
      return `/api/v1/cycles/${cycle}/answers.csv`;
    case "dashboard":
      // Pages live under their language; the English page, without the redirect a bare path gets.
      return `/en/analysis/${cycle}`;
  }
}

/**
 * An analyst's request as a browser (or curl --compressed, or Python's requests) sends it: accepting compressed
 * answers. The baseline carries the same headers, so both sides parse the same request.
 */
function readHeaders(analystCookie: string): Record<string, string> {
  return { cookie: analystCookie, "accept-encoding": "gzip, deflate, br" };
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
        headers: readHeaders(analystCookie),
        discardBodies: true,
      });
    // A warm-up first: the first requests load route bundles and fill the JIT, which is not the steady state.
    await load(options.warmupSeconds);
    let r = await load(options.durationSeconds);
    if (r.count < options.connections * MIN_RESPONSES_PER_CLIENT) {
      // Too slow for the window (a short --quick load): each client then makes its requests to the end, none cut off.
      console.log(`  ${target}: ${r.count} responses in ${options.durationSeconds} s; measuring by count instead`);
      r = await runLoad({
        url: `${base}${readPath(target, cycle)}`,
        connections: options.connections,
        durationSeconds: COUNTED_LOAD_LIMIT_SECONDS,
        requestsPerConnection: MIN_RESPONSES_PER_CLIENT,
        headers: readHeaders(analystCookie),
        discardBodies: true,
      });
    }
    if (r.count === 0)
      throw new UnmeasuredFigureError(
        `reads.${target}`,
        `no response within ${COUNTED_LOAD_LIMIT_SECONDS} s (${JSON.stringify(r.outcomes)})`,
      );
    results[target] = r;
    console.log(
      `  ${target.padEnd(9)} p50 ${r.p50.toFixed(1)} ms, p95 ${r.p95.toFixed(1)} ms, ${r.rps.toFixed(0)} req/s, ${r.errors} errors, ${(r.bytesPerResponse / 1000).toFixed(1)} kB each, client CPU ${(r.clientCpu * 100).toFixed(0)} %`,
    );
  }
  return results;
}
