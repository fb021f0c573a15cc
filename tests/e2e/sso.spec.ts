import { expect, test } from "@playwright/test";
import { SSO_MESSAGES } from "@/lib/auth/messages";
import { countRows, ROUND_TRIP_MS, signInWithSso } from "./sso-helpers";
import { holdDemoWorld } from "./demo-world-lock";

holdDemoWorld();

// Two servers and several redirects per sign-in: more than the default minute on a loaded machine.
test.describe.configure({ timeout: 120_000 });

const sessionCookies = async (page: import("@playwright/test").Page) =>
  (await page.context().cookies()).filter((c) => c.name.endsWith("next-auth.session-token"));

test("统一身份认证 signs in as the account the provider names, with a server-side session like a password's", async ({ page }) => {
  const sessionsBefore = await countRows("SELECT 1 FROM auth_sessions s JOIN users u ON u.id = s.user_id WHERE u.username = 'jinfeng.staff'");
  await page.goto("/login");
  await expect(page.getByRole("button", { name: "登录", exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: SSO_MESSAGES.button })).toBeVisible();

  // Started from a shared link: the provider's round trip comes back to it, query and all.
  await signInWithSso(page, "gov-1001", "/tasks?overdue=1");
  await expect(page).toHaveURL(/\/tasks\?overdue=1$/, { timeout: ROUND_TRIP_MS });
  await expect(page.getByTestId("task-filter-summary")).toBeVisible();
  await expect(page.getByTestId("current-user")).toHaveText("金凤区教育局工作人员");
  expect((await page.request.get("/api/v1/plans")).status()).toBe(200);
  expect(await countRows("SELECT 1 FROM auth_sessions s JOIN users u ON u.id = s.user_id WHERE u.username = 'jinfeng.staff'")).toBe(sessionsBefore + 1);

  // The same session as a password's: listed on /account, and ended on the server by 退出登录.
  await page.getByTestId("current-user").click();
  await expect(page.getByTestId("session-list")).toContainText("当前设备");
  const captured = await sessionCookies(page);
  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.context().addCookies(captured);
  expect((await page.request.get("/api/v1/plans")).status()).toBe(401);
});

// This browser's sessions, told apart by its user agent: the other worker's specs sign in and
// create accounts of their own meanwhile, so counting every row of a table would race them.
const REFUSED_AGENT = "EduPlan-e2e sso refused";

test.describe(() => {
  test.use({ userAgent: REFUSED_AGENT });
  test("an identity without an EduPlan account is refused in Chinese, and nothing is created", async ({ page }) => {
    const ownSessions = () => countRows("SELECT 1 FROM auth_sessions WHERE user_agent = $1", [REFUSED_AGENT]);
    const sessionsBefore = await ownSessions();
    await signInWithSso(page, "gov-2001");
    await expect(page).toHaveURL(/\/login\?error=SsoUnknown$/, { timeout: ROUND_TRIP_MS });
    await expect(page.locator("form").getByRole("alert")).toHaveText(SSO_MESSAGES.unknown);
    expect(await sessionCookies(page)).toHaveLength(0);
    expect((await page.request.get("/api/v1/plans")).status()).toBe(401);

    // No account from the identity's claims or subject (tests/support/oidc-provider.ts), and no session for this browser.
    expect(await countRows("SELECT 1 FROM users WHERE username IN ('wang.unknown', 'gov-2001') OR display_name = '王未开通'")).toBe(0);
    expect(await ownSessions()).toBe(sessionsBefore);
    // The password form still works from the same page.
    await page.getByLabel("用户名").fill("jinfeng.leader");
    await page.getByLabel("密码").fill("demo123456");
    await page.getByRole("button", { name: "登录", exact: true }).click();
    await expect(page.getByRole("heading", { name: "金凤区教育局" })).toBeVisible({ timeout: ROUND_TRIP_MS });
    // The check above would have seen a session of this browser: here is the one the password made.
    expect(await ownSessions()).toBe(sessionsBefore + 1);
  });
});

test("the platform admin cannot come in through 统一身份认证", async ({ page }) => {
  await signInWithSso(page, "gov-3001");
  await expect(page).toHaveURL(/\/login\?error=SsoPlatformAdmin$/, { timeout: ROUND_TRIP_MS });
  await expect(page.locator("form").getByRole("alert")).toHaveText(SSO_MESSAGES.platformAdmin);
  expect(await sessionCookies(page)).toHaveLength(0);
});
