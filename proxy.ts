import createMiddleware from "next-intl/middleware";
import { NextRequest } from "next/server";
import { routing } from "@/app/_i18n/routing";
import { requestOrigin } from "@/lib/api/origin";
import { contentSecurityPolicy } from "@/lib/api/security-headers";

const handleLocale = createMiddleware(routing);

/**
 * For every page: the language (a path without one is redirected to the
 * browser's preferred language, or the one chosen before), and a fresh CSP
 * nonce, which Next.js reads from the request's Content-Security-Policy header
 * and puts on the scripts it renders.
 */
export function proxy(request: NextRequest) {
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
  // Pages only: API answers are JSON, files (a dot in the last segment, e.g. report.pdf) need no language.
  matcher: [{ source: "/((?!api/|_next/|_vercel|.*\\..*).*)" }],
};
