import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy } from "@/lib/api/security-headers";
import { requestOrigin } from "@/lib/api/origin";

/**
 * Gives every page a fresh CSP nonce: Next.js reads it from the request's
 * Content-Security-Policy header and puts it on the scripts it renders.
 */
export function proxy(request: NextRequest) {
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
  // Pages only: API answers are JSON and static files need no nonce.
  matcher: [{ source: "/((?!api/|_next/static|_next/image|favicon.ico).*)" }],
};
