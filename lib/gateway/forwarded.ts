// Who the client is, as far as this hop can know. A forwarded header counts
// only when the peer that sent it is a trusted proxy; walking X-Forwarded-For
// from the right, the first address that is not a trusted proxy is the client.
import type { IncomingHttpHeaders } from "node:http";
import { isIP } from "node:net";
import { plainAddress, type TrustedProxies } from "./trusted-proxies";

export interface Forwarded {
  clientAddress: string;
  proto: "http" | "https";
  /** The host the client asked for (Host, or X-Forwarded-Host from a trusted proxy). */
  host: string | undefined;
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.split(",")[0]?.trim() || undefined;

export function resolveForwarded(peer: string, headers: IncomingHttpHeaders, trusted: TrustedProxies, encrypted = false): Forwarded {
  const peerAddress = plainAddress(peer);
  if (!trusted.has(peerAddress)) return { clientAddress: peerAddress, proto: encrypted ? "https" : "http", host: headers.host };

  const claimed = String(headers["x-forwarded-for"] ?? "")
    .split(",")
    .map((s) => plainAddress(s.trim()))
    .filter(Boolean);
  let client = peerAddress;
  for (let i = claimed.length - 1; i >= 0; i--) {
    const hop = claimed[i]!;
    // A garbled entry ends the walk: the last trusted hop's own view stands.
    if (isIP(hop) === 0) break;
    client = hop;
    if (!trusted.has(hop)) break;
  }
  const proto = first(headers["x-forwarded-proto"])?.toLowerCase();
  return {
    clientAddress: client,
    proto: proto === "https" || proto === "http" ? proto : encrypted ? "https" : "http",
    host: first(headers["x-forwarded-host"]) ?? headers.host,
  };
}

/** What the app behind the gateway reads: exactly one client address, and nothing a client could have forged. */
export function rewriteForwardedHeaders(headers: IncomingHttpHeaders, forwarded: Forwarded): void {
  for (const name of ["forwarded", "x-real-ip", "x-forwarded-port", "x-forwarded-server", "x-client-ip"]) delete headers[name];
  headers["x-forwarded-for"] = forwarded.clientAddress;
  headers["x-forwarded-proto"] = forwarded.proto;
  if (forwarded.host) headers["x-forwarded-host"] = forwarded.host;
  else delete headers["x-forwarded-host"];
}
