// Security headers on what a browser receives, and pages that still work
// under the nonce CSP: no script, chart or style is blocked.
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./helpers";

/** Collects every CSP violation the page reports, from the first byte on. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  const console: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) console.push(m.text());
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return async () => [...console, ...(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp))];
}

test("pages carry a nonce CSP that forbids framing, and the app runs under it", async ({ page }) => {
  const violations = await watchViolations(page);
  const login = await page.goto("/login");
  const csp = login!.headers()["content-security-policy"]!;
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(login!.headers()).toMatchObject({
    "x-content-type-options": "nosniff",
    "referrer-policy": "strict-origin-when-cross-origin",
    "x-frame-options": "DENY",
  });
  expect(login!.headers()["permissions-policy"]).toContain("geolocation=()");
  // The nonce is fresh on every request.
  const again = await page.request.get("/login");
  expect(again.headers()["content-security-policy"]).not.toBe(csp);

  // Signing in (client script), a dashboard, and the city view's chart (recharts, rendered in the browser).
  await signIn(page, "jinfeng.leader");
  await expect(page.getByRole("heading", { name: "金凤区教育局" })).toBeVisible({ timeout: 15_000 });
  await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "规划" }).click();
  await expect(page.getByRole("heading", { name: "规划" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "规划" })).toHaveAttribute("aria-current", "page");
  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page).toHaveURL(/\/login/);
  await signIn(page, "yinchuan.viewer");
  await expect(page.getByTestId("compare-chart").locator(".recharts-bar-rectangle").first()).toBeVisible({ timeout: 15_000 });
  expect(await violations()).toEqual([]);
});

test("API answers and static files carry the security headers too; a client cannot claim https", async ({ request, page }) => {
  const api = await request.get("/api/v1/plans", { headers: { "X-Forwarded-Proto": "https" } });
  expect(api.status()).toBe(401);
  expect(api.headers()["x-content-type-options"]).toBe("nosniff");
  // JSON and files run no script: a fixed policy allowing none, without the proxy's nonce (decision 0054).
  expect(api.headers()["content-security-policy"]).toMatch(/script-src 'none'.*frame-ancestors 'none'/);
  // The gateway overwrote the claim: plain http, so no HSTS.
  expect(api.headers()["strict-transport-security"]).toBeUndefined();

  await page.goto("/login");
  // The favicon (app/icon.svg) gets through the proxy like any page.
  const icon = await request.get((await page.locator("link[rel=icon]").first().getAttribute("href"))!);
  expect({ status: icon.status(), type: icon.headers()["content-type"] }).toMatchObject({ status: 200, type: expect.stringContaining("image/svg+xml") });
  const script = await page.locator("script[src^='/_next/static/']").first().getAttribute("src");
  const asset = await request.get(script!);
  expect(asset.status()).toBe(200);
  expect(asset.headers()["x-content-type-options"]).toBe("nosniff");
});

test("liveness and readiness answer without a session", async ({ request }) => {
  expect(await (await request.get("/api/v1/health")).json()).toEqual({ ok: true });
  const ready = await request.get("/api/v1/ready");
  expect(ready.status()).toBe(200);
  expect(await ready.json()).toEqual({ ok: true });
});
