// Next.js proxy (the middleware of earlier versions): a fresh CSP nonce per
// request, handed to Next on the request (it stamps its own scripts with it)
// and to the browser on the response; HSTS when the client came over https.
// X-Forwarded-Proto is trustworthy here: the gateway in front (lib/gateway)
// overwrites it unless the peer is a configured trusted proxy. The page's own
// path and query go along too, so a guard that sends the browser to sign in
// can bring it back there afterwards (lib/auth/sign-in-path.ts).
import { NextResponse, type NextRequest } from "next/server";
import { REQUEST_PATH_HEADER } from "@/lib/auth/sign-in-path";
import { contentSecurityPolicy, HSTS_VALUE } from "@/lib/http/security-headers";

/** The path and query the user asked for; `_rsc` is Next's cache-busting parameter of client navigations, not theirs. */
function requestedPath(url: NextRequest["nextUrl"]): string {
  const params = new URLSearchParams(url.search);
  params.delete("_rsc");
  const query = params.toString();
  return query ? `${url.pathname}?${query}` : url.pathname;
}

export function proxy(request: NextRequest) {
  const nonce = btoa(crypto.randomUUID());
  const https = request.headers.get("x-forwarded-proto") === "https" || request.nextUrl.protocol === "https:";
  const csp = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === "development", https });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("content-security-policy", csp);
  requestHeaders.set(REQUEST_PATH_HEADER, requestedPath(request.nextUrl));
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  if (https) response.headers.set("Strict-Transport-Security", HSTS_VALUE);
  return response;
}

export const config = {
  // Static assets and /api/ answers (JSON, files) render no page to protect
  // with a nonce: they get their headers from next.config.ts. Running the
  // proxy costs every request ~1 ms of the server's CPU, a third of a report
  // submission's (decision 0054).
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico|api/).*)" }],
};
