import { describe, expect, it } from "vitest";
import { resolveForwarded, rewriteForwardedHeaders } from "@/lib/gateway/forwarded";
import { parseTrustedProxies } from "@/lib/gateway/trusted-proxies";

describe("who the client is", () => {
  const none = parseTrustedProxies("");
  const lb = parseTrustedProxies("10.0.0.0/8, 192.168.1.5, fd00::/8");

  it("with no trusted proxies the socket's peer is the client, whatever headers it sends", () => {
    const f = resolveForwarded(
      "203.0.113.9",
      { "x-forwarded-for": "1.2.3.4", "x-forwarded-proto": "https", "x-forwarded-host": "evil.example", host: "edu.example" },
      none,
    );
    expect(f).toEqual({ clientAddress: "203.0.113.9", proto: "http", host: "edu.example" });
  });

  it("a trusted proxy's X-Forwarded-For names the client: the first untrusted hop from the right", () => {
    const f = resolveForwarded("10.1.2.3", { "x-forwarded-for": "6.6.6.6, 198.51.100.7, 192.168.1.5", "x-forwarded-proto": "https", host: "edu.example" }, lb);
    expect(f.clientAddress).toBe("198.51.100.7");
    expect(f.proto).toBe("https");
  });

  it("IPv4-mapped IPv6 peers and CIDR ranges are matched as plain addresses", () => {
    expect(resolveForwarded("::ffff:10.9.9.9", { "x-forwarded-for": "198.51.100.7" }, lb).clientAddress).toBe("198.51.100.7");
    expect(resolveForwarded("::ffff:11.9.9.9", { "x-forwarded-for": "198.51.100.7" }, lb).clientAddress).toBe("11.9.9.9");
    expect(resolveForwarded("fd00::1", { "x-forwarded-for": "2001:db8::5" }, lb).clientAddress).toBe("2001:db8::5");
  });

  it("a garbled entry ends the walk at the last trusted hop", () => {
    expect(resolveForwarded("10.1.2.3", { "x-forwarded-for": "<script>" }, lb).clientAddress).toBe("10.1.2.3");
  });

  it("rewrites the forwarded headers to exactly one address and drops the rest", () => {
    const headers: Record<string, string | string[] | undefined> = {
      "x-forwarded-for": "1.1.1.1, 2.2.2.2",
      "x-real-ip": "3.3.3.3",
      forwarded: "for=4.4.4.4",
      host: "edu.example",
    };
    rewriteForwardedHeaders(headers, resolveForwarded("203.0.113.9", headers, none));
    expect(headers).toEqual({ "x-forwarded-for": "203.0.113.9", "x-forwarded-proto": "http", "x-forwarded-host": "edu.example", host: "edu.example" });
  });

  it("a typo in EDUPLAN_TRUSTED_PROXIES stops the start with a message naming it", () => {
    expect(() => parseTrustedProxies("10.0.0.0/8, 10.0.0.300")).toThrow("10.0.0.300");
    expect(() => parseTrustedProxies("10.0.0.0/33")).toThrow("前缀");
  });
});
