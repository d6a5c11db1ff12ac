// The production server (started with scripts/http/server-command.mjs): Next.js's request handler, the one
// `next start` uses, behind the request gate (request-gate.mjs). Serves the project it belongs to.
import { createServer } from "node:http";
import path from "node:path";
import { createCompression } from "./compression.mjs";
import { createPageCache } from "./page-cache.mjs";
import { createRequestGate, waitsAtGate } from "./request-gate.mjs";

/** The gate's places when CONCURRENT_REQUESTS is unset: the two cores stay busy while each render's memory is bounded. */
const DEFAULT_CONCURRENT_REQUESTS = 4;

// React and Next.js choose their production builds from it as they load, as under `next start`.
process.env.NODE_ENV = "production";
const { default: next } = await import("next");

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../..");
const port = Number(process.env.PORT?.trim() || 3000);
const app = next({ dev: false, dir: root, port });
// Runs instrumentation.ts, which checks the environment (PORT and CONCURRENT_REQUESTS included) and stops
// the process naming any wrong variable, before anything below reads them.
await app.prepare();
const handle = app.getRequestHandler();
const places = Number(process.env.CONCURRENT_REQUESTS?.trim() || DEFAULT_CONCURRENT_REQUESTS);
const gate = createRequestGate(places);

/** A request that failed outside a route's own error handling: logged, and a 500 if nothing was sent yet. */
function failed(request, response, error) {
  console.error(`Failed to handle ${request.method} ${request.url}`, error);
  if (!response.headersSent) response.statusCode = 500;
  response.end();
}

const compress = createCompression();

/**
 * The app's answer, compressed here rather than by Next.js (next.config.js): installed after the page cache's
 * capture, so that a rendering it keeps is seen compressed, as before.
 */
function serve(request, response) {
  compress(request, response);
  handle(request, response).catch((error) => failed(request, response, error));
}

const pages = createPageCache({ origin: `http://127.0.0.1:${port}` });
const serveGated = (request, response) => gate.admit(response, () => serve(request, response));

const server = createServer((request, response) => {
  if (!waitsAtGate(request.method, request.url)) return serve(request, response);
  // A kept rendering is sent without waiting: it costs no render.
  pages.serve(request, response, serveGated).catch((error) => failed(request, response, error));
});
// Idle keep-alive connections stay open longer than a client or a load balancer keeps them (60 s is the common
// idle timeout): Node's 5 s meant a client reusing a connection just as the server closed it got ECONNRESET.
server.keepAliveTimeout = 65_000;
// Node times the headers of a request on a reused connection from its idle start: this must exceed the above.
server.headersTimeout = 66_000;
// Next.js logs an uncaught error and carries on: a server that cannot listen would then run without serving.
server.once("error", (error) => {
  const reason = error.code === "EADDRINUSE" ? `port ${port} is in use (set PORT to another)` : error.message;
  console.error(`Res45 Readiness: cannot listen: ${reason}`);
  process.exit(1);
});
server.listen(port, () => {
  console.log(`Res45 Readiness: listening on port ${port}, ${places} page renders and writes at a time`);
});
// As `next start` does: stop at once, with the signal's exit code.
process.on("SIGINT", () => process.exit(130));
process.on("SIGTERM", () => process.exit(143));
