import { NextResponse, type NextRequest } from "next/server";
import { malformedPathError } from "@/lib/api/malformed-path";
import { ENDPOINTS } from "@/lib/api/openapi";
import { contentSecurityPolicy } from "@/lib/api/security-headers";
import { requestOrigin } from "@/lib/api/origin";

const API_PATHS = ENDPOINTS.map((e) => e.path);

/**
 * Refuses a path that is not valid percent-encoding (Next.js would answer 500), and
 * gives every page a fresh CSP nonce: Next.js reads it from the request's
 * Content-Security-Policy header and puts it on the scripts it renders.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const malformed = malformedPathError(pathname, API_PATHS);
  if (malformed) {
    return pathname.startsWith("/api/")
      ? NextResponse.json(malformed, { status: 400 })
      : new NextResponse(`Bad request. ${malformed.error}.`, {
          status: 400,
          headers: { "Content-Type": "text/plain; charset=utf-8" },
        });
  }
  if (pathname.startsWith("/api/")) return NextResponse.next();
  const nonce = btoa(crypto.randomUUID());
  const https = requestOrigin(request.headers, request.url).startsWith("https://");
  const csp = contentSecurityPolicy(nonce, https);
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  matcher: [
    // Pages: API answers are JSON and static files need no nonce.
    { source: "/((?!api/|_next/static|_next/image|favicon.ico).*)" },
    // API paths only when they hold a percent sign: the proxy buffers request bodies, so it stays off the others.
    { source: "/api/:path(.*%.*)" },
  ],
};
