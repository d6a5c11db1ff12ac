import type { SplicedGzip } from "./spliced-gzip.mjs";
import type { IncomingHttpHeaders, IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";

export interface Rendering {
  headers: [string, OutgoingHttpHeaders[string]][];
  csp: string;
  nonce: string;
  html: string;
  gzip: SplicedGzip;
  bytes: number;
}
export interface RenderingStore {
  get(key: string): Rendering | undefined;
  set(key: string, rendering: Rendering): void;
  readonly size: number;
  readonly bytes: number;
}
export type Render = (request: IncomingMessage, response: ServerResponse) => void;

export declare function renderingKeyPath(
  method: string | undefined,
  url: string | undefined,
  headers: IncomingHttpHeaders,
): string | null;
export declare function nonceOf(csp: string | undefined | null): string | null;
export declare function freshNonce(): string;
export declare function keepableRendering(
  statusCode: number,
  headers: OutgoingHttpHeaders,
  html: string,
): Rendering | null;
export declare function withFreshNonce(rendering: Rendering, nonce?: string): { csp: string; html: string };
export declare function createRenderingStore(options?: { maxEntries?: number; maxBytes?: number }): RenderingStore;
export declare function createPageCache(options: { origin: string; store?: RenderingStore }): {
  serve(request: IncomingMessage, response: ServerResponse, render: Render): Promise<void>;
  store: RenderingStore;
};
