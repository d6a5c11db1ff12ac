import "server-only";
import { serverEnv } from "@/db/env";

/**
 * How this server reaches itself, e.g. to print one of its pages: REPORT_BASE_URL
 * when set (a server bound to one interface, or behind TLS termination on the
 * same host), else the loopback address on the port `next start` listens on.
 * Never the request's Host header, which a client controls.
 */
export function internalOrigin(): string {
  const { reportBaseUrl, port } = serverEnv();
  return reportBaseUrl ?? `http://127.0.0.1:${port}`;
}
