// The address the browser used to reach us (scheme://host[:port]), so that
// redirects and sign-out stay on it: a bureau that opens the server by IP must
// not be sent to NEXTAUTH_URL's host name. The gateway in front
// (lib/gateway/forwarded.ts) always rewrites X-Forwarded-Host and
// X-Forwarded-Proto: from a trusted proxy's headers, otherwise from the
// request's own Host and socket, so a client cannot choose them.

/** A host name, IPv4 or bracketed IPv6 address, with an optional port: nothing that could add a path. */
const HOST = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

const first = (value: string | null) => value?.split(",")[0]?.trim() || null;

/** null when the headers name no usable host (the caller falls back to NEXTAUTH_URL). */
export function requestOrigin(headers: Pick<Headers, "get">): string | null {
  const host = first(headers.get("x-forwarded-host")) ?? first(headers.get("host"));
  if (!host || !HOST.test(host)) return null;
  const proto = first(headers.get("x-forwarded-proto"))?.toLowerCase();
  return `${proto === "https" ? "https" : "http"}://${host.toLowerCase()}`;
}
