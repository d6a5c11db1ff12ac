/**
 * The gzip of bodies the app keeps and sends again and again (tagged reads, app/api/_lib/conditional.ts), for the
 * production server to send instead of compressing the same bytes for every request (scripts/http/compression.mjs).
 * Keyed by the body's very bytes: the entry lives while the app keeps them, and only those bytes, sent as a
 * response's whole body, are ever replaced. The registry is a global because the server and the app's bundles
 * load their modules separately.
 */
const PRECOMPRESSED_BODIES = Symbol.for("res45.precompressedBodies");

type Registry = WeakMap<Uint8Array, Uint8Array>;

function precompressedBodies(): Registry {
  const global = globalThis as { [PRECOMPRESSED_BODIES]?: Registry };
  return (global[PRECOMPRESSED_BODIES] ??= new WeakMap());
}

/** Bodies smaller than this are not worth compressing (the compression middleware's own threshold). */
export const PRECOMPRESS_MIN_BYTES = 1024;

/** Records `gzip` as the compressed form of `body`, to be sent when `body` itself would be. */
export function registerPrecompressedBody(body: Uint8Array, gzip: Uint8Array): void {
  precompressedBodies().set(body, gzip);
}

/** The registered gzip of `body`, if any. */
export function precompressedBodyOf(body: Uint8Array): Uint8Array | undefined {
  return precompressedBodies().get(body);
}
