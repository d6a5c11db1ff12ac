/**
 * The origin the browser used to reach us. Behind `next start` (or a proxy) the
 * request URL may name another host than the browser did, so the Host header,
 * and a proxy's X-Forwarded-* headers, decide.
 */
export function requestOrigin(headers: Headers, requestUrl: string): string {
  const url = new URL(requestUrl);
  const host = headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host") || url.host;
  const proto = headers.get("x-forwarded-proto")?.split(",")[0]?.trim() || url.protocol.replace(":", "");
  return `${proto}://${host}`;
}
