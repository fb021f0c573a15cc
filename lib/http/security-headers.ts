// The per-request security headers, set by proxy.ts: CSP with a nonce, and
// HSTS on https. The static ones (nosniff, Referrer-Policy, …) are in
// next.config.ts, which also covers files that never reach the proxy, and
// gives /api/ answers this policy without a nonce: no script at all.

/** One year, the value browsers' preload lists expect; sent only over https. */
export const HSTS_VALUE = "max-age=31536000; includeSubDomains";

/**
 * Scripts: only those carrying this request's nonce, and what they load
 * ('strict-dynamic'), so an injected <script> cannot run; with no nonce (an
 * API answer, a served file) none at all. Styles allow inline
 * attributes: React's style props and recharts' SVG sizing use them, and
 * a style cannot run code. `next dev` needs eval and its HMR websocket.
 */
export function contentSecurityPolicy(nonce: string | null, options: { dev: boolean; https: boolean }): string {
  const scripts = nonce === null ? "'none'" : `'self' 'nonce-${nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ""}`;
  const directives = [
    `default-src 'self'`,
    `script-src ${scripts}`,
    `style-src 'self' 'unsafe-inline'`,
    `img-src 'self' blob: data:`,
    `font-src 'self' data:`,
    `connect-src 'self'${options.dev ? " ws: wss:" : ""}`,
    `media-src 'self' blob:`,
    `frame-src 'self'`,
    `worker-src 'self' blob:`,
    `object-src 'none'`,
    `base-uri 'self'`,
    `form-action 'self'`,
    `frame-ancestors 'none'`,
  ];
  if (options.https) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}
