import "server-only";
import { NextResponse } from "next/server";
import { matchesIfNoneMatch } from "@/lib/api/etag";
import type { Tagged } from "@/server/cycle-stamp";

/**
 * Caching headers of a tagged read: the browser (never a shared cache: the answer depends on the
 * session) keeps it and asks again with `If-None-Match` each time.
 */
function cacheHeaders(etag: string, vary: string, scope: CacheScope): Record<string, string> {
  return { ETag: etag, "Cache-Control": `${scope}, no-cache`, Vary: vary };
}

/**
 * `private`: the answer depends on the session. `public`: open data, the same for everyone, which any
 * cache may keep, asking again with `If-None-Match` each time (a withdrawn publication stops at once).
 */
export type CacheScope = "private" | "public";

/**
 * 304 Not Modified when the request's `If-None-Match` names the read's current tag, else `render`'s
 * answer with the tag. The service function that produced `tagged` has already checked access.
 */
export function conditionalResponse<T>(
  request: Request,
  tagged: Tagged<T>,
  render: (value: T) => Response | object,
  vary = "Cookie",
  scope: CacheScope = "private",
): Response {
  const headers = cacheHeaders(tagged.etag, vary, scope);
  if (matchesIfNoneMatch(request.headers.get("if-none-match"), tagged.etag))
    return new Response(null, { status: 304, headers });
  const rendered = render(tagged.value);
  const response = rendered instanceof Response ? rendered : NextResponse.json(rendered);
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}
