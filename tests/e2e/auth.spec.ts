import { expect, test } from "@playwright/test";
import { fixtures, signIn } from "./helpers";
import { holdDemoWorld } from "./demo-world-lock";

holdDemoWorld();

test("pages require a session", async ({ page }) => {
  await page.goto("/units");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Funits$/);
  await expect(page.getByRole("heading", { name: "教育规划督办平台" })).toBeVisible();
});

test("a garbled or tampered session cookie is no session", async ({ page, context, baseURL }) => {
  await signIn(page, "jinfeng.staff");
  await expect(page.getByRole("heading", { name: "金凤区教育局" })).toBeVisible();
  const [cookie] = (await context.cookies()).filter((c) => c.name.endsWith("next-auth.session-token"));
  // Flip one character of the encrypted token: its authentication tag no longer matches.
  const last = cookie!.value.at(-2) === "A" ? "B" : "A";
  await context.addCookies([{ ...cookie!, value: `${cookie!.value.slice(0, -2)}${last}${cookie!.value.at(-1)}` }]);
  await page.goto("/units");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Funits$/);
  await context.addCookies([{ name: cookie!.name, value: "not-a-token", url: baseURL! }]);
  const api = await page.request.get("/api/v1/plans");
  expect(api.status()).toBe(401);
});

test("a wrong password gets a clear Chinese message", async ({ page }) => {
  await signIn(page, "jinfeng.staff", "not-the-password");
  await expect(page.locator("form").getByRole("alert")).toHaveText("用户名或密码错误");
  await expect(page).toHaveURL(/\/login$/);
});

test("sign in lands on the tenant's home page, sign out returns to sign-in", async ({ page }) => {
  await signIn(page, "jinfeng.admin");
  await expect(page.getByRole("heading", { name: "金凤区教育局" })).toBeVisible();
  await expect(page.getByTestId("current-user")).toHaveText("金凤区教育局管理员");
  await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "单位" }).click();
  await expect(page.getByTestId("unit-list")).toContainText("教研室");
  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/");
  await expect(page).toHaveURL(/\/login$/);
});

test("signing out ends the session on the server: the old cookie is no session any more", async ({ page, context, browser, baseURL }) => {
  await signIn(page, "xingqing.leader");
  await expect(page.getByRole("heading", { name: "兴庆区教育局" })).toBeVisible();
  const captured = (await context.cookies()).filter((c) => c.name.endsWith("next-auth.session-token"));
  expect(captured).toHaveLength(1);
  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page).toHaveURL(/\/login/);

  // Replayed from another browser, as a thief with the cookie would.
  const thief = await browser.newContext({ baseURL });
  await thief.addCookies(captured);
  expect((await thief.request.get("/api/v1/plans")).status()).toBe(401);
  const stolen = await thief.newPage();
  await stolen.goto("/");
  await expect(stolen).toHaveURL(/\/login$/);
  await thief.close();
});

test("退出所有设备 on the account page signs the user out in every browser", async ({ page, browser, baseURL }) => {
  const other = await browser.newContext({ baseURL });
  const elsewhere = await other.newPage();
  await signIn(elsewhere, "helan.leader");
  await expect(elsewhere.getByRole("heading", { name: "贺兰县教育体育局" })).toBeVisible();

  await signIn(page, "helan.leader");
  await page.getByTestId("current-user").click();
  await expect(page.getByRole("heading", { name: "账号与安全" })).toBeVisible();
  await expect(page.getByTestId("session-list").locator("li")).toHaveCount(2);
  await expect(page.getByTestId("session-list")).toContainText("当前设备");
  await page.getByRole("button", { name: "退出所有设备" }).click();
  await expect(page).toHaveURL(/\/login$/);

  await elsewhere.reload();
  await expect(elsewhere).toHaveURL(/\/login$/);
  await other.close();
});

test("repeated wrong passwords from one place are slowed with a Chinese message (HTTP 429)", async ({ page }) => {
  for (let i = 0; i < 3; i++) {
    await signIn(page, "xingqing.reporter", `wrong-${i}`);
    await expect(page.locator("form").getByRole("alert")).toHaveText("用户名或密码错误");
  }
  const answer = page.waitForResponse("**/api/auth/callback/credentials");
  await signIn(page, "xingqing.reporter");
  expect((await answer).status()).toBe(429);
  await expect(page.locator("form").getByRole("alert")).toHaveText("登录尝试过于频繁，请稍后再试");
  await expect(page).toHaveURL(/\/login$/);
});

test("after signing in, the user is told about failed attempts on the account until they dismiss it", async ({ page }) => {
  await signIn(page, "huiji.leader", "someone-guessing");
  await expect(page.locator("form").getByRole("alert")).toHaveText("用户名或密码错误");
  await signIn(page, "huiji.leader");
  const notice = page.getByTestId("sign-in-notice");
  await expect(notice).toContainText(/最近有 1 次失败的登录尝试，最后一次 .+ 来自 .+/);
  await notice.getByRole("link", { name: "查看详情" }).click();
  await expect(page.getByTestId("failure-count")).toContainText("共 1 次");
  await page.getByRole("button", { name: "知道了" }).click();
  await expect(page.getByTestId("sign-in-notice")).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole("heading", { name: "账号与安全" })).toBeVisible();
  await expect(page.getByTestId("sign-in-notice")).toHaveCount(0);
});

test("another tenant's object by URL is a 404, not a 403", async ({ page }) => {
  await signIn(page, "jinfeng.staff");
  await expect(page.getByRole("heading", { name: "金凤区教育局" })).toBeVisible();
  const response = await page.goto(`/units/${fixtures().xingqingUnitId}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByText("页面不存在或您无权访问")).toBeVisible();
});

test("a city viewer sees its districts read-only, and nothing of another city", async ({ page }) => {
  await signIn(page, "yinchuan.viewer");
  const districts = page.getByTestId("district-list");
  await expect(districts).toContainText("金凤区教育局");
  await expect(districts).toContainText("兴庆区教育局");
  await expect(districts).toContainText("贺兰县教育体育局");
  await expect(districts).not.toContainText("惠济区");
  await districts.getByRole("link", { name: "贺兰县教育体育局", exact: true }).click();
  await expect(page.getByText("下辖区县 · 只读查看")).toBeVisible();
  await expect(page.getByTestId("district-figures")).toBeVisible();
  await expect(page.getByRole("link", { name: "成员管理" })).toHaveCount(0);
  expect((await page.goto("/districts/huiji"))?.status()).toBe(404);
  expect((await page.goto("/admin/members"))?.status()).toBe(404);
  // The city's own tenant holds no plans, units or people: those pages refuse it like any other.
  for (const path of ["/plans", "/units", "/indicators"]) expect((await page.goto(path))?.status(), path).toBe(404);
  await expect(page.getByRole("navigation", { name: "主导航" }).getByRole("link")).toHaveText(["首页", "区县对比", "通报"]);
});

test("deactivating a user ends their open session", async ({ browser }) => {
  const reporter = await browser.newPage();
  await signIn(reporter, "huiji.reporter");
  await expect(reporter.getByRole("heading", { name: "惠济区教育局" })).toBeVisible();

  const admin = await browser.newPage();
  await signIn(admin, "huiji.admin");
  await admin.getByRole("link", { name: "成员管理" }).click();
  const row = admin.locator('[data-username="huiji.reporter"]');
  await row.getByText("管理", { exact: true }).click();
  await row.getByRole("button", { name: "停用账号" }).click();
  await expect(row.getByText("已停用")).toBeVisible();

  await reporter.reload();
  await expect(reporter).toHaveURL(/\/login$/);
  await signIn(reporter, "huiji.reporter");
  await expect(reporter.locator("form").getByRole("alert")).toHaveText("该账号已停用，请联系本单位管理员");
});

test("a bureau admin ends all of a member's sessions from the members page; the account still works", async ({ page, browser, baseURL }) => {
  const memberContext = await browser.newContext({ baseURL });
  const member = await memberContext.newPage();
  await signIn(member, "helan.staff");
  await expect(member.getByRole("heading", { name: "贺兰县教育体育局" })).toBeVisible();

  await signIn(page, "helan.admin");
  await page.getByRole("link", { name: "成员管理" }).click();
  const row = page.locator('[data-username="helan.staff"]');
  await row.getByText("管理", { exact: true }).click();
  await row.getByRole("button", { name: "结束全部登录会话" }).click();
  await expect(row.getByRole("status")).toHaveText(/已结束该用户的 \d+ 个登录会话/);
  await expect(row.getByText("已停用")).toHaveCount(0);

  await member.reload();
  await expect(member).toHaveURL(/\/login$/);
  await signIn(member, "helan.staff");
  await expect(member.getByRole("heading", { name: "贺兰县教育体育局" })).toBeVisible();
  await memberContext.close();
});
