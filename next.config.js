import { createRequire } from "node:module";
import path from "node:path";
import createNextIntlPlugin from "next-intl/plugin";
import { MAX_BODY_BYTES } from "./lib/config/request-limits.js";

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

/**
 * app/_i18n/request.ts compiles the catalogue once per process (icu-minify); messages are then formatted by
 * use-intl's format-only build, the ICU parser left out of every bundle (as next-intl's own precompilation does).
 */
const formatOnly = createRequire(import.meta.url).resolve("use-intl/format-message/format-only");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite loads its WASM and data files from its own package folder at run time.
  serverExternalPackages: ["@electric-sql/pglite"],
  poweredByHeader: false,
  // The production server compresses (scripts/http/compression.mjs), sending the gzip the app keeps of a large
  // read instead of compressing it for every request.
  compress: false,
  reactStrictMode: true,
  webpack(config) {
    config.resolve.alias["use-intl/format-message"] = formatOnly;
    return config;
  },
  // `next dev` builds with Turbopack, whose aliases are relative to the project.
  turbopack: { resolveAlias: { "use-intl/format-message": `./${path.relative(process.cwd(), formatOnly)}` } },
  async headers() {
    return [{ source: "/:path*", headers: Object.entries(securityHeaders).map(([key, value]) => ({ key, value })) }];
  },
  // forbidden() answers a signed-in user without the right role with 403 and app/**/forbidden.tsx.
  experimental: {
    authInterrupts: true,
    // The one body limit; proxy.ts refuses a larger body with a 413 before Next.js would fail on it with a 500.
    serverActions: { bodySizeLimit: MAX_BODY_BYTES },
    // How much of a body Next.js keeps for proxy.ts to read (10 MB by default): enough to see one pass the limit.
    proxyClientMaxBodySize: 2 * MAX_BODY_BYTES,
  },
};

export default createNextIntlPlugin("./app/_i18n/request.ts")(nextConfig);
