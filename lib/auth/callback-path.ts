// Where a sign-in may send the browser afterwards: a path on this site, never
// another one. The value arrives from a query string anyone can write
// (`/login?callbackUrl=…` shared in a chat), so only a plain absolute path is
// kept; everything a browser might resolve to another origin is refused.

/** Long enough for any page's query string, short enough to keep out of logs' way. */
const MAX_LENGTH = 2048;
const PROBE_ORIGIN = "http://callback.invalid";

/** The same-origin path (with query and fragment) `value` names, or null when it is anything else. */
export function safeCallbackPath(value: unknown): string | null {
  if (typeof value !== "string" || value.length === 0 || value.length > MAX_LENGTH) return null;
  // "//host" and "/\host" are other origins to a browser; a backslash or a control character
  // anywhere is how such a prefix is smuggled past simpler checks ("/%5C" stays encoded and is fine).
  if (!value.startsWith("/") || value.startsWith("//")) return null;
  if (/[\\\u0000-\u001f\u007f\s]/.test(value)) return null;
  let url: URL;
  try {
    url = new URL(value, PROBE_ORIGIN);
  } catch {
    return null;
  }
  if (url.origin !== PROBE_ORIGIN) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}
