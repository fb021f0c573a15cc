// Links that survive sign-in, on the address the user came in on: a bureau
// reaching the server by IP (127.0.0.1 here, while NEXTAUTH_URL says
// localhost) stays on it through sign-in and sign-out, and a callbackUrl
// pointing off the site is ignored.
import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "./helpers";

async function fillSignIn(page: Page, username: string) {
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("密码").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "登录", exact: true }).click();
}

test("a shared link opens after sign-in with its query, sign-out stays on the IP address, an off-site callbackUrl goes home", async ({ page, baseURL }) => {
  const byIp = baseURL!.replace("localhost", "127.0.0.1");
  await page.goto(`${byIp}/tasks?overdue=1&page=1`);
  await expect(page).toHaveURL(`${byIp}/login?callbackUrl=%2Ftasks%3Foverdue%3D1%26page%3D1`);
  await fillSignIn(page, "jinfeng.leader");
  // The first sign-in of a run also warms the server up: more than a page's usual wait.
  await expect(page).toHaveURL(`${byIp}/tasks?overdue=1&page=1`, { timeout: 15_000 });
  await expect(page.getByTestId("task-filter-summary")).toBeVisible();

  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page).toHaveURL(`${byIp}/login`);

  await page.goto(`${byIp}/login?callbackUrl=${encodeURIComponent("https://evil.example/tasks")}`);
  await fillSignIn(page, "jinfeng.leader");
  await expect(page).toHaveURL(`${byIp}/`);
  // Signed in, the sign-in page passes a protocol-relative callbackUrl on as home too.
  await page.goto(`${byIp}/login?callbackUrl=${encodeURIComponent("//evil.example/tasks")}`);
  await expect(page).toHaveURL(`${byIp}/`);
});
