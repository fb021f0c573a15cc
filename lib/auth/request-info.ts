// Who is knocking, as far as the request says. The gateway in front of Next.js
// overwrites x-forwarded-for with exactly one address, the resolved client
// (docs/decisions/0010-sign-in-throttle.md), so its first entry is the client;
// without a gateway the header is whatever the client sent, which the
// throttle's account + address rule is built to survive.
const MAX_ADDRESS = 64;
const MAX_USER_AGENT = 256;

type Headers = Record<string, unknown> | undefined;

export function clientAddress(headers: Headers): string {
  const forwarded = headers?.["x-forwarded-for"];
  const first = typeof forwarded === "string" ? forwarded.split(",")[0]?.trim().toLowerCase() : "";
  return first ? first.slice(0, MAX_ADDRESS) : "unknown";
}

export function clientUserAgent(headers: Headers): string {
  const agent = headers?.["user-agent"];
  return typeof agent === "string" ? agent.slice(0, MAX_USER_AGENT) : "";
}
