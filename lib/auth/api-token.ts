/**
 * Personal API tokens: `r45_<id>_<secret>`. The id finds the row; the secret (256 random bits,
 * base64url) is kept only as its SHA-256 and compared in constant time (server/api-tokens.ts).
 * The prefix lets secret scanners and people recognise a leaked token.
 */
export const TOKEN_PREFIX = "r45_";
export const TOKEN_NAME_MAX = 100;
export const TOKEN_DAYS = { min: 1, max: 365, default: 90 } as const;

const TOKEN = /^r45_([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})_([A-Za-z0-9_-]{43})$/;

export function formatApiToken(id: string, secret: string): string {
  return `${TOKEN_PREFIX}${id}_${secret}`;
}

/** The id and secret of a token as a client sends it, or null when it has not the shape of one. */
export function parseApiToken(token: string): { id: string; secret: string } | null {
  const match = TOKEN.exec(token);
  return match ? { id: match[1]!, secret: match[2]! } : null;
}

/**
 * The credentials of an `Authorization` header: none (no header, or another scheme), or the
 * bearer token as sent (possibly malformed: the caller refuses it with 401).
 */
export function bearerToken(authorization: string | null): string | null {
  const match = /^Bearer[ ]+(\S+)\s*$/i.exec(authorization ?? "");
  return match ? match[1]! : null;
}

/** Methods that change nothing: a read-only token may use these and no other. */
export function isReadOnlyMethod(method: string): boolean {
  return ["GET", "HEAD", "OPTIONS"].includes(method.toUpperCase());
}

/** A token as its owner lists it: never the secret, nor its hash. */
export interface ApiTokenView {
  id: string;
  name: string;
  write: boolean;
  createdAt: string;
  expiresAt: string;
  lastUsedAt: string | null;
}
