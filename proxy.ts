import createMiddleware from "next-intl/middleware";
import { NextRequest, NextResponse } from "next/server";
import { routing } from "@/app/_i18n/routing";
import { bodyExceeds, MAX_BODY_BYTES } from "@/lib/api/body-size";
import { malformedPathError } from "@/lib/api/malformed-path";
import { ENDPOINTS } from "@/lib/api/openapi";
import { requestOrigin } from "@/lib/api/origin";
import { contentSecurityPolicy } from "@/lib/api/security-headers";
import { appError, errorBody } from "@/lib/errors";
import { isLocale, localeFromAcceptLanguage, type Locale } from "@/lib/i18n/locales";

const API_PATHS = ENDPOINTS.map((e) => e.path);
const handleLocale = createMiddleware(routing);

/** The paths of the first matcher below: pages, which get a language and a nonce. */
const isPage = (pathname: string) => !/^\/(api\/|_next\/|_vercel)/.test(pathname) && !pathname.includes(".");

/** The language of a refusal outside the API: the path's own, else the browser's preferred one. */
function pageLocale(request: NextRequest): Locale {
  const first = request.nextUrl.pathname.split("/")[1];
  return isLocale(first) ? first : localeFromAcceptLanguage(request.headers.get("accept-language"));
}

/**
 * Refuses a path that is not valid percent-encoding (Next.js would answer 500), and
 * a body over the limit sent anywhere but the API (which refuses it itself): Next.js
 * would take any POST to a page, or to a path no route serves, for a server action
 * and fail with a 500 on its body limit (the same limit, lib/config/request-limits.js).
 * For every page: the language (a path without one is redirected to the
 * browser's preferred language, or the one chosen before), and a fresh CSP
 * nonce, which Next.js reads from the request's Content-Security-Policy header
 * and puts on the scripts it renders.
 */
export async function proxy(request: NextRequest) {
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
  if (!pathname.startsWith("/api/") && (await bodyExceeds(request))) {
    const locale = pageLocale(request);
    const { code, error } = errorBody(appError("too_large.body", { limit: MAX_BODY_BYTES }), locale);
    return new NextResponse(`${error} (${code})`, {
      status: 413,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Content-Language": locale },
    });
  }
  // API answers and files (report.pdf) have no language and need no nonce.
  if (!isPage(pathname)) return NextResponse.next();
  const nonce = btoa(crypto.randomUUID());
  const https = requestOrigin(request.headers, request.url).startsWith("https://");
  const csp = contentSecurityPolicy(nonce, https);
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  // The page asked for, for the layout's one redirect (an account that must enrol its second factor):
  // always written here, so a client cannot choose it.
  headers.set("x-pathname", request.nextUrl.pathname);
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
    // Any other path a body is sent to, to refuse one over the limit (the API refuses its own).
    { source: "/((?!api/).*)", has: [{ type: "header", key: "content-length" }] },
    { source: "/((?!api/).*)", has: [{ type: "header", key: "transfer-encoding" }] },
  ],
};
