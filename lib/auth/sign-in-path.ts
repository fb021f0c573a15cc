// How a page that needs a session remembers where it was: the proxy copies the
// requested path and query into a request header (proxy.ts), and the guards
// send the browser to the sign-in page with it as `callbackUrl`.
import { afterSignInPath } from "./after-sign-in-path";

/** Set by proxy.ts on every request it passes on; a client's own value is overwritten. */
export const REQUEST_PATH_HEADER = "x-eduplan-path";

/** `page` (the sign-in page by default), with `?callbackUrl=<path>` when there is a page other than home to come back to. */
export function signInPath(returnTo: string | null | undefined, page = "/login"): string {
  const path = afterSignInPath(returnTo);
  return path === "/" ? page : `${page}?${new URLSearchParams({ callbackUrl: path })}`;
}
