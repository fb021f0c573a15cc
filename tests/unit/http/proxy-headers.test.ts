import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import nextConfig from "@/next.config";
import { config, proxy } from "@/proxy";

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

describe("API answers (decision 0054)", () => {
  it("skip the proxy; pages and the favicon's neighbours do not", () => {
    const source = config.matcher[0]!.source;
    const runsProxy = (path: string) => new RegExp(`^${source}$`).test(path);
    expect(["/", "/tasks", "/tasks/0190a0b0-0000-7000-8000-000000000000", "/login", "/apiary"].filter(runsProxy)).toHaveLength(5);
    expect(["/api/v1/reports/x/submit", "/api/auth/csrf", "/api/v1/attachments/x/view", "/_next/static/chunks/a.js"].some(runsProxy)).toBe(false);
  });

  it("carry a policy that lets no script run and no page frame them", async () => {
    const rules = await nextConfig.headers!();
    const api = rules.find((r) => r.source === "/api/:path*")!;
    const csp = api.headers.find((h) => h.key === "Content-Security-Policy")!.value;
    expect(csp).toContain("script-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain("nonce");
  });
});
