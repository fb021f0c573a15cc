import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { proxy } from "@/proxy";

describe("per-request security headers (proxy.ts)", () => {
  it("hands Next the nonce on the request and the browser the same policy on the response", () => {
    const response = proxy(new NextRequest("http://edu.example/plans"));
    const csp = response.headers.get("content-security-policy")!;
    const nonce = /'nonce-([^']+)'/.exec(csp)![1]!;
    expect(response.headers.get("x-middleware-request-x-nonce")).toBe(nonce);
    expect(response.headers.get("x-middleware-request-content-security-policy")).toBe(csp);
    expect(csp).not.toContain("unsafe-eval");
    expect(response.headers.get("strict-transport-security")).toBeNull();
  });

  it("adds HSTS and upgrade-insecure-requests when the client came over https", () => {
    const response = proxy(new NextRequest("http://edu.example/", { headers: { "x-forwarded-proto": "https" } }));
    expect(response.headers.get("strict-transport-security")).toBe("max-age=31536000; includeSubDomains");
    expect(response.headers.get("content-security-policy")).toContain("upgrade-insecure-requests");
  });
});
