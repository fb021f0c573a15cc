// Which peers may tell us who the client is. EDUPLAN_TRUSTED_PROXIES lists
// addresses or CIDR ranges (comma-separated); empty means nobody, so the
// socket's peer is the client and any forwarded header it sends is ignored.
import { BlockList, isIP } from "node:net";

export interface TrustedProxies {
  has(address: string): boolean;
}

/** `::ffff:10.0.0.1` is how Node reports an IPv4 peer on a dual-stack socket. */
export function plainAddress(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return mapped ? mapped[1]! : address;
}

/** Throws with a Chinese message naming the bad entry, so a typo stops the start instead of trusting nobody silently. */
export function parseTrustedProxies(spec: string | undefined): TrustedProxies {
  const list = new BlockList();
  for (const raw of (spec ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)) {
    const [address, prefix] = raw.split("/") as [string, string | undefined];
    const family = isIP(address);
    if (family === 0) throw new Error(`EDUPLAN_TRUSTED_PROXIES 中的“${raw}”不是有效的 IP 地址或网段`);
    const type = family === 4 ? "ipv4" : "ipv6";
    if (prefix === undefined) {
      list.addAddress(address, type);
      continue;
    }
    const bits = Number(prefix);
    if (!/^\d+$/.test(prefix) || bits > (family === 4 ? 32 : 128)) throw new Error(`EDUPLAN_TRUSTED_PROXIES 中的“${raw}”网段前缀无效`);
    list.addSubnet(address, bits, type);
  }
  return {
    has(address: string) {
      const plain = plainAddress(address);
      const family = isIP(plain);
      return family !== 0 && list.check(plain, family === 4 ? "ipv4" : "ipv6");
    },
  };
}
