/** HTTP load with autocannon, keeping every response's latency so percentiles are exact. */
import autocannon, { type Client } from "autocannon";
import { summarize, type LatencySummary } from "./stats";

export interface LoadOptions {
  url: string;
  connections: number;
  durationSeconds: number;
  headers?: Record<string, string>;
  /** At most this many requests per second on each connection (the autosave rhythm); unset: as fast as answered. */
  connectionRate?: number;
  /**
   * Each connection stops after this many requests, and the run ends when all have stopped, so no request is cut
   * off in flight (autocannon counts those as errors); `durationSeconds` is then only a safety limit.
   */
  requestsPerConnection?: number;
  /** Gives each connection its own requests (autosave: one focal point per connection). */
  setupClient?: (client: Client) => void;
  /**
   * Receive each body and drop it, as a download does, instead of autocannon's decoding every body chunk into a
   * string: on a compressed megabyte that decoding costs the client most of a core, on the server's own cores.
   * Only for loads that never read a body (`onResponse` then sees an empty one).
   */
  discardBodies?: boolean;
}

export interface LoadResult extends LatencySummary {
  /** Responses that were not 2xx, plus connection errors and timeouts. */
  errors: number;
  non2xx: number;
  /** Responses per HTTP status, and "connection" / "timeout" for requests that got none: what the errors were. */
  outcomes: Record<string, number>;
  /** Every response's latency, ms: two loads run side by side (two app servers) are summarised together. */
  latencies: number[];
  /** Mean size of a response, headers and body, in bytes. */
  bytesPerResponse: number;
  /**
   * The bench process's own CPU over the load, as a share of one core: the client runs on the server's cores, so a
   * load whose client needs most of a core (large bodies to read) measures the client as much as the server.
   */
  clientCpu: number;
}

/** Loads that ran at the same time, as one: percentiles over all their responses. */
export function mergeLoads(loads: readonly LoadResult[]): LoadResult {
  const latencies = loads.flatMap((l) => l.latencies);
  const outcomes: Record<string, number> = {};
  for (const l of loads) for (const [k, n] of Object.entries(l.outcomes)) outcomes[k] = (outcomes[k] ?? 0) + n;
  const responses = loads.reduce((sum, l) => sum + l.latencies.length, 0);
  return {
    ...summarize(latencies, 0),
    // Side by side: their rates add up; one process ran them all, so its CPU is any one's.
    rps: loads.reduce((sum, l) => sum + l.rps, 0),
    bytesPerResponse:
      responses > 0 ? loads.reduce((sum, l) => sum + l.bytesPerResponse * l.latencies.length, 0) / responses : 0,
    clientCpu: Math.max(0, ...loads.map((l) => l.clientCpu)),
    errors: loads.reduce((sum, l) => sum + l.errors, 0),
    non2xx: loads.reduce((sum, l) => sum + l.non2xx, 0),
    outcomes,
    latencies,
  };
}

function discardingBodies(setupClient: LoadOptions["setupClient"]): (client: Client) => void {
  return (client) => {
    // The bytes are still received and counted (autocannon counts them as they arrive, before parsing).
    client.pipelinedRequests.addBody = () => {};
    setupClient?.(client);
  };
}

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const latencies: number[] = [];
  const instance = autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.durationSeconds,
    headers: options.headers,
    connectionRate: options.connectionRate,
    maxConnectionRequests: options.requestsPerConnection,
    setupClient: options.discardBodies ? discardingBodies(options.setupClient) : options.setupClient,
    // A request slower than this counts as an error rather than hanging the run.
    timeout: 30,
  });
  const outcomes: Record<string, number> = {};
  let bytes = 0;
  instance.on("response", (_client: unknown, status: number, responseBytes: number, responseTime: number) => {
    latencies.push(responseTime);
    bytes += responseBytes;
    outcomes[status] = (outcomes[status] ?? 0) + 1;
  });
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const result = await instance;
  const cpu = process.cpuUsage(cpuBefore);
  const clientCpu = (cpu.user + cpu.system) / 1000 / (performance.now() - started);
  if (result.errors > 0) outcomes.connection = result.errors;
  if (result.timeouts > 0) outcomes.timeout = result.timeouts;
  return {
    ...summarize(latencies, result.duration),
    errors: result.non2xx + result.errors + result.timeouts,
    non2xx: result.non2xx,
    outcomes,
    latencies,
    bytesPerResponse: latencies.length > 0 ? bytes / latencies.length : 0,
    clientCpu,
  };
}
