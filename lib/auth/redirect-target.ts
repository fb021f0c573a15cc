// next-auth's `redirect` callback, without next-auth: where a sign-in or a
// sign-out sends the browser. next-auth hands it absolute URLs on NEXTAUTH_URL
// (its own defaults and the callback-url cookie) as well as the relative
// paths the forms send; both are reduced to a same-origin path and put on the
// address the browser came in on. Anything else goes home.
import { safeCallbackPath } from "./callback-path";

/** `baseUrl`: NEXTAUTH_URL's origin (next-auth's); `origin`: the request's (request-origin.ts). */
export function redirectTarget(url: string, baseUrl: string, origin: string): string {
  return `${origin}${safeCallbackPath(ownPath(url, [baseUrl, origin])) ?? "/"}`;
}

/** An absolute URL on one of our own origins becomes its path; any other absolute URL is dropped. */
function ownPath(url: string, origins: string[]): string | null {
  if (url.startsWith("/")) return url;
  try {
    const parsed = new URL(url);
    return origins.some((o) => new URL(o).origin === parsed.origin) ? `${parsed.pathname}${parsed.search}${parsed.hash}` : null;
  } catch {
    return null;
  }
}
