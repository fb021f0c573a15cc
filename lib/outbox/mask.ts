// What the admins' pages show of a webhook, a secret or an address: enough to
// recognise it, never enough to use it (the URL's token and the 加签 secret
// are credentials).
const keep = (s: string, head: number, tail: number) => (s.length <= head + tail + 2 ? "…" : `${s.slice(0, head)}…${s.slice(-tail)}`);

export function maskWebhookUrl(raw: string): string {
  try {
    const url = new URL(raw);
    for (const [name, value] of [...url.searchParams]) url.searchParams.set(name, keep(value, 4, 3));
    return decodeURIComponent(`${url.origin}${url.pathname}${url.search}`);
  } catch {
    return "…";
  }
}

export function maskSecret(secret: string): string {
  return `…${secret.slice(-4)}`;
}

export function maskEmail(address: string): string {
  const at = address.lastIndexOf("@");
  if (at < 1) return "…";
  return `${address.slice(0, Math.min(2, at))}***${address.slice(at)}`;
}
