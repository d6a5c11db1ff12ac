// The part of autocannon's API that the benchmark uses (the package ships no types).
declare module "autocannon" {
  import type { EventEmitter } from "node:events";

  interface RequestSpec {
    method?: string;
    path?: string;
    headers?: Record<string, string>;
    body?: string;
    setupRequest?: (request: RequestSpec, context: Record<string, unknown>) => RequestSpec | null;
    onResponse?: (status: number, body: string, context: Record<string, unknown>) => void;
  }

  interface Client extends EventEmitter {
    setRequests(requests: RequestSpec[]): void;
    /** Internal: the queue of requests in flight, which appends each body chunk to a string. */
    pipelinedRequests: { addBody(data: Buffer): void };
  }

  interface Options {
    url: string;
    connections?: number;
    duration?: number;
    amount?: number;
    connectionRate?: number;
    maxConnectionRequests?: number;
    pipelining?: number;
    timeout?: number;
    method?: string;
    headers?: Record<string, string>;
    body?: string;
    requests?: RequestSpec[];
    setupClient?: (client: Client) => void;
  }

  interface Result {
    errors: number;
    timeouts: number;
    non2xx: number;
    duration: number;
    requests: { total: number; average: number };
  }

  interface Instance extends EventEmitter, PromiseLike<Result> {
    stop(): void;
  }

  function autocannon(options: Options): Instance;
  export default autocannon;
  export type { Client, Instance, Options, RequestSpec, Result };
}
