import createNextIntlPlugin from "next-intl/plugin";

/**
 * Headers every response carries, pages and API alike. The Content-Security-Policy,
 * which needs a nonce per response, is set by proxy.ts.
 */
const securityHeaders = {
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "X-Content-Type-Options": "nosniff",
  "X-Frame-Options": "DENY",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
  "Cross-Origin-Opener-Policy": "same-origin",
};

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite loads its WASM and data files from its own package folder at run time.
  serverExternalPackages: ["@electric-sql/pglite"],
  poweredByHeader: false,
  reactStrictMode: true,
  async headers() {
    return [{ source: "/:path*", headers: Object.entries(securityHeaders).map(([key, value]) => ({ key, value })) }];
  },
  // forbidden() answers a signed-in user without the right role with 403 and app/**/forbidden.tsx.
  experimental: { authInterrupts: true },
};

export default createNextIntlPlugin("./app/_i18n/request.ts")(nextConfig);
