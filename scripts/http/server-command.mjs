// How the production app is built and its server started, in one place: `npm start`, the e2e suite, the
// crash test and the bench all use these commands, so what they measure and test is what is deployed.
import path from "node:path";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../..");

/**
 * The heap limit when HEAP_LIMIT_MB is unset. Measured (docs/benchmarks.md, round 8): with at most
 * CONCURRENT_REQUESTS renders and writes at a time, the server ran the whole e2e suite (every route
 * loaded) and the bench (50 closed cycles of 193 states, 193 focal points saving at once) within it on
 * both engines; the limit makes V8 collect before the process grows, and without one it grew past 1 GB.
 */
export const DEFAULT_HEAP_LIMIT_MB = 192;

/** `[executable, arguments]` of the production server, for `spawn`. */
export function serverCommand(env = process.env) {
  const given = env.HEAP_LIMIT_MB?.trim();
  // A malformed value is left to the server's own check of its environment, which stops it naming the variable.
  const heapMb = given ? (/^\d+$/.test(given) ? Number(given) : undefined) : DEFAULT_HEAP_LIMIT_MB;
  const flags = heapMb === undefined ? [] : [`--max-old-space-size=${heapMb}`];
  return [process.execPath, [...flags, path.join(root, "scripts", "http", "serve.mjs")]];
}

/**
 * `[executable, arguments]` of the production build, for `spawn`. Webpack, not Turbopack: Turbopack's
 * server build gives each route its own copy of the code the routes share (db/, lib/, better-auth, zod), and
 * the server keeps the source of every copy it loads, 1 MB each; after every page had been visited once that
 * was 56 MB of a 190 MB heap. Webpack's server build loads shared chunks once (docs/benchmarks.md, round 8).
 */
export function buildCommand() {
  return [process.execPath, [path.join(root, "node_modules", "next", "dist", "bin", "next"), "build", "--webpack"]];
}
