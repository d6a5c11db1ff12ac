/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite loads its WASM and data files from its own package folder at run time.
  serverExternalPackages: ["@electric-sql/pglite"],
  poweredByHeader: false,
  reactStrictMode: true,
  // forbidden() answers a signed-in user without the right role with 403 and app/**/forbidden.tsx.
  experimental: { authInterrupts: true },
};

export default nextConfig;
