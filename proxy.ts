import createMiddleware from "next-intl/middleware";
import { NextRequest, NextResponse } from "next/server";
import { routing } from "@/app/_i18n/routing";
import { malformedPathError } from "@/lib/api/malformed-path";
import { ENDPOINTS } from "@/lib/api/openapi";
import { requestOrigin } from "@/lib/api/origin";
import { contentSecurityPolicy } from "@/lib/api/security-headers";

const API_PATHS = ENDPOINTS.map((e) => e.path);
const handleLocale = createMiddleware(routing);

/**
 * Refuses a path that is not valid percent-encoding (Next.js would answer 500).
 * For every page: the language (a path without one is redirected to the
 * browser's preferred language, or the one chosen before), and a fresh CSP
 * nonce, which Next.js reads from the request's Content-Security-Policy header
 * and puts on the scripts it renders.
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
  // API answers and files (report.pdf) have no language and need no nonce.
  if (pathname.startsWith("/api/") || /\.[^/]*$/.test(pathname)) return NextResponse.next();
  const nonce = btoa(crypto.randomUUID());
  const https = requestOrigin(request.headers, request.url).startsWith("https://");
  const csp = contentSecurityPolicy(nonce, https);
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", csp);
  const response = handleLocale(new NextRequest(request, { headers }));
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  matcher: [
    // Pages (no dot in the last segment: files such as report.pdf need no language).
    { source: "/((?!api/|_next/|_vercel|.*\\..*).*)" },
    // Any path holding a percent sign, to refuse malformed encoding; the proxy buffers request bodies, so it
    // stays off the other API paths.
    { source: "/:path(.*%.*)" },
  ],
};
