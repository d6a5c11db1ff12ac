/**
 * The link checker's rules: which addresses it may reach, how long it waits, and what one probe of a URL
 * makes of the record kept for that URL. Pure, so the server's checker and the tests share them.
 */

/** Bounds of one probe: a slow or hostile server never holds the checker. */
export const LINK_CHECK_LIMITS = {
  /** Whole probe, redirects included. */
  timeoutMs: 10_000,
  /** Redirects followed, each to a public address only. */
  maxRedirects: 5,
  /** URLs probed in one round, and at the same time. */
  batchSize: 40,
  concurrency: 4,
  /** A URL is probed again once its last probe is this old. */
  recheckAfterMs: 24 * 60 * 60 * 1000,
} as const;

/** What one probe found: the final HTTP status, or why there was none. */
export type LinkProbeOutcome =
  { kind: "answered"; status: number } | { kind: "failed"; problem: LinkProblem; status?: number };

/**
 * Why a URL did not answer usefully. `private_address`: it resolves (or redirects) to an address that is
 * not on the public internet, which the checker never contacts.
 */
export type LinkProblem =
  "http_status" | "timeout" | "dns" | "refused" | "private_address" | "too_many_redirects" | "invalid_url" | "network";

export const LINK_PROBLEMS: readonly LinkProblem[] = [
  "http_status",
  "timeout",
  "dns",
  "refused",
  "private_address",
  "too_many_redirects",
  "invalid_url",
  "network",
];

/** The record kept for one URL. Dates are ISO strings. */
export interface LinkCheck {
  url: string;
  checkedAt: string;
  /** When the URL last answered with a success or redirect status (2xx/3xx), and with which status. */
  answeredAt: string | null;
  status: number | null;
  /** Set from the first failed probe after a success (or the first probe), cleared by a success. */
  unreachableSince: string | null;
  problem: LinkProblem | null;
}

/** A status that shows the page is there: success, or a redirect the checker did not follow further. */
export const isAnsweringStatus = (status: number) => status >= 200 && status < 400;

/** The record after one probe: a success clears the failure; a failure keeps the date it began. */
export function nextLinkCheck(
  previous: LinkCheck | undefined,
  url: string,
  outcome: LinkProbeOutcome,
  now: Date,
): LinkCheck {
  const at = now.toISOString();
  if (outcome.kind === "answered" && isAnsweringStatus(outcome.status))
    return { url, checkedAt: at, answeredAt: at, status: outcome.status, unreachableSince: null, problem: null };
  const status = outcome.status ?? null;
  const problem: LinkProblem = outcome.kind === "failed" ? outcome.problem : "http_status";
  return {
    url,
    checkedAt: at,
    answeredAt: previous?.answeredAt ?? null,
    status,
    unreachableSince: previous?.unreachableSince ?? at,
    problem,
  };
}

function ipv4Parts(address: string): number[] | undefined {
  const parts = address.split(".");
  if (parts.length !== 4) return undefined;
  const numbers = parts.map((p) => (/^\d{1,3}$/.test(p) ? Number(p) : NaN));
  return numbers.every((n) => n >= 0 && n <= 255) ? numbers : undefined;
}

function isPublicIpv4([a, b]: number[]): boolean {
  if (a === 0 || a === 10 || a === 127) return false; // this network, private, loopback
  if (a === 100 && b! >= 64 && b! <= 127) return false; // shared address space (carrier-grade NAT)
  if (a === 169 && b === 254) return false; // link-local (cloud metadata services live here)
  if (a === 172 && b! >= 16 && b! <= 31) return false;
  if (a === 192 && b === 168) return false;
  if (a === 192 && b === 0) return false; // IETF protocol assignments and TEST-NET-1 (192.0.0/24, 192.0.2/24)
  if (a === 198 && (b === 18 || b === 19)) return false; // benchmarking
  if (a === 198 && b === 51) return false; // TEST-NET-2
  if (a === 203 && b === 0) return false; // TEST-NET-3
  return a! < 224; // multicast, reserved and broadcast above
}

/** Expands an IPv6 address to its eight 16-bit groups; undefined when it is not one. */
function ipv6Groups(address: string): number[] | undefined {
  let text = address.toLowerCase().replace(/^\[|\]$/g, "");
  const zone = text.indexOf("%");
  if (zone >= 0) text = text.slice(0, zone);
  let tail: number[] = [];
  const lastColon = text.lastIndexOf(":");
  const dotted = ipv4Parts(text.slice(lastColon + 1));
  if (dotted) {
    tail = [(dotted[0]! << 8) | dotted[1]!, (dotted[2]! << 8) | dotted[3]!];
    text = text.slice(0, lastColon + 1) + "0:0";
  }
  const halves = text.split("::");
  if (halves.length > 2) return undefined;
  const parse = (s: string) =>
    s === "" ? [] : s.split(":").map((g) => (/^[0-9a-f]{1,4}$/.test(g) ? parseInt(g, 16) : NaN));
  const head = parse(halves[0]!);
  const rest = halves.length === 2 ? parse(halves[1]!) : [];
  const fill = halves.length === 2 ? 8 - head.length - rest.length : 0;
  const groups = [...head, ...Array<number>(Math.max(fill, 0)).fill(0), ...rest];
  if (groups.length !== 8 || groups.some((g) => Number.isNaN(g))) return undefined;
  if (tail.length) groups.splice(6, 2, ...tail);
  return groups;
}

/**
 * Whether the checker may connect to an address: only public unicast addresses, never loopback, private,
 * link-local, shared, documentation or multicast ranges, in IPv4 or IPv6 (IPv4-mapped addresses are judged
 * as IPv4). Anything it cannot parse is not public.
 */
export function isPublicAddress(address: string): boolean {
  const v4 = ipv4Parts(address);
  if (v4) return isPublicIpv4(v4);
  const g = ipv6Groups(address);
  if (!g) return false;
  if (g.slice(0, 5).every((x) => x === 0) && (g[5] === 0xffff || g[5] === 0)) {
    // ::ffff:a.b.c.d (mapped) and ::a.b.c.d (compatible); :: and ::1 land here as 0.0.0.0 and 0.0.0.1.
    return isPublicIpv4([g[6]! >> 8, g[6]! & 0xff, g[7]! >> 8, g[7]! & 0xff]);
  }
  const first = g[0]!;
  if ((first & 0xfe00) === 0xfc00) return false; // unique local fc00::/7
  if ((first & 0xffc0) === 0xfe80) return false; // link-local fe80::/10
  if ((first & 0xff00) === 0xff00) return false; // multicast
  if (first === 0x2001 && g[1] === 0x0db8) return false; // documentation
  if (first === 0x0064 && g[1] === 0xff9b) return false; // NAT64 (would reach IPv4 space indirectly)
  return (first & 0xe000) === 0x2000; // global unicast 2000::/3
}
