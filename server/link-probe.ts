import "server-only";
import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import { isPublicAddress, LINK_CHECK_LIMITS, type LinkProbeOutcome } from "@/lib/evidence/link-check";

/** Options of a probe; tests reach a server on the loopback address by allowing it. */
export interface ProbeOptions {
  timeoutMs?: number;
  isAllowedAddress?: (address: string) => boolean;
}

class PrivateAddressError extends Error {
  readonly code = "PRIVATE_ADDRESS";
}

/**
 * A DNS lookup that refuses to connect anywhere but public addresses. It runs for the connection itself,
 * so a name that resolves differently between a check and the connection (DNS rebinding) gains nothing.
 */
function guardedLookup(isAllowed: (address: string) => boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, "", 0);
      const list = addresses as LookupAddress[];
      const allowed = list.find((a) => isAllowed(a.address));
      if (!allowed || list.some((a) => !isAllowed(a.address)))
        return callback(new PrivateAddressError(`${hostname} resolves to an address that is not public`), "", 0);
      if ((options as { all?: boolean }).all)
        return (callback as (e: null, a: LookupAddress[]) => void)(null, [allowed]);
      callback(null, allowed.address, allowed.family);
    });
  };
}

function problemOf(error: unknown): LinkProbeOutcome {
  const code = (error as { code?: string }).code;
  if (code === "PRIVATE_ADDRESS") return { kind: "failed", problem: "private_address" };
  if (code === "ENOTFOUND" || code === "EAI_AGAIN" || code === "ENODATA") return { kind: "failed", problem: "dns" };
  if (code === "ECONNREFUSED" || code === "ECONNRESET" || code === "EHOSTUNREACH" || code === "ENETUNREACH")
    return { kind: "failed", problem: "refused" };
  if (code === "TIMEOUT") return { kind: "failed", problem: "timeout" };
  return { kind: "failed", problem: "network" };
}

/** One request: the status and where a redirect points; the body is never read. */
function request(url: URL, method: "HEAD" | "GET", lookup: LookupFunction, signal: AbortSignal) {
  return new Promise<{ status: number; location: string | undefined }>((resolve, reject) => {
    const client = url.protocol === "https:" ? https : http;
    const req = client.request(
      url,
      { method, lookup, signal, headers: { "user-agent": "Res45Readiness-LinkChecker/1.0", accept: "*/*" } },
      (res) => {
        resolve({ status: res.statusCode ?? 0, location: res.headers.location });
        res.destroy();
      },
    );
    req.on("error", reject);
    req.end();
  });
}

/**
 * Probes one evidence URL: a HEAD request (GET when the server does not allow HEAD), following at most a few
 * redirects, each to a public address only, within one time limit. Never throws.
 */
export async function probeUrl(rawUrl: string, options: ProbeOptions = {}): Promise<LinkProbeOutcome> {
  const lookup = guardedLookup(options.isAllowedAddress ?? isPublicAddress);
  const isAllowed = options.isAllowedAddress ?? isPublicAddress;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs ?? LINK_CHECK_LIMITS.timeoutMs);
  try {
    let url: URL;
    try {
      url = new URL(rawUrl);
    } catch {
      return { kind: "failed", problem: "invalid_url" };
    }
    for (let hop = 0; hop <= LINK_CHECK_LIMITS.maxRedirects; hop++) {
      if (url.protocol !== "http:" && url.protocol !== "https:") return { kind: "failed", problem: "invalid_url" };
      // A literal address skips the lookup, so it is judged here.
      const host = url.hostname.replace(/^\[|\]$/g, "");
      if (/^[\d.]+$|:/.test(host) && !isAllowed(host)) return { kind: "failed", problem: "private_address" };
      let answer = await request(url, "HEAD", lookup, controller.signal);
      if (answer.status === 405 || answer.status === 501) answer = await request(url, "GET", lookup, controller.signal);
      const redirect = answer.status >= 300 && answer.status < 400 && answer.location;
      if (!redirect) return { kind: "answered", status: answer.status };
      url = new URL(answer.location!, url);
    }
    return { kind: "failed", problem: "too_many_redirects" };
  } catch (error) {
    if (controller.signal.aborted) return { kind: "failed", problem: "timeout" };
    return problemOf(error);
  } finally {
    clearTimeout(timer);
  }
}
