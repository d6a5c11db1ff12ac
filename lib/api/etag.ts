/**
 * Conditional GETs (RFC 9110 §13.1.2): whether a request's `If-None-Match`
 * names the current entity tag, so that the answer can be 304 Not Modified.
 */

/** A strong entity tag from an opaque token (letters, digits, `-`, `_`). */
export function entityTag(token: string): string {
  if (!/^[\w-]+$/.test(token)) throw new RangeError(`entity tag token ${JSON.stringify(token)} is not opaque`);
  return `"${token}"`;
}

/** True when `If-None-Match` is `*` or lists `etag` (compared weakly, as the RFC says for GET). */
export function matchesIfNoneMatch(header: string | null, etag: string): boolean {
  if (!header) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, "");
  const wanted = opaque(etag);
  return header.split(",").some((tag) => tag.trim() === "*" || opaque(tag) === wanted);
}
