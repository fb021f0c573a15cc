import { readFileSync } from "node:fs";
import { expect, type Page } from "@playwright/test";
import { E2E_FIXTURES_FILE } from "./fixtures-file";

export const DEMO_PASSWORD = "demo123456";

/** 退出登录: in the header on a desktop, under 更多 on a phone. */
export async function signOut(page: Page) {
  const more = page.getByRole("navigation", { name: "主导航" }).getByRole("button", { name: "更多" });
  if (await more.isVisible()) await more.click();
  await page.getByRole("button", { name: "退出登录" }).click();
}

export async function signIn(page: Page, username: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("密码").fill(password);
  await page.getByRole("button", { name: "登录" }).click();
}

/** The seed plan most browser tests open: 金凤区's 2022 work points. */
export const JINFENG_PLAN = "金凤区教育局2022年教育工作要点";

/** Signs in as a 金凤区 user and opens JINFENG_PLAN from the plan list; returns the plan page's path. */
export async function openJinfengPlan(page: Page, username: string): Promise<string> {
  await signIn(page, username);
  await expect(page.getByRole("heading", { name: "金凤区教育局" })).toBeVisible();
  await page.goto("/plans");
  await page.getByTestId("plan-list").getByRole("link", { name: JINFENG_PLAN }).click();
  await expect(page).toHaveURL(/\/plans\/[0-9a-f-]{36}$/);
  return new URL(page.url()).pathname;
}

export function fixtures(): {
  xingqingUnitId: string;
  secondOrigin: string | null;
  /** haproxy over both instances (origin null: no haproxy here), and each instance's own upload folder. */
  balancer: { origin: string | null; uploadDirs: string[] } | null;
  ownerUrl: string;
  oidcIssuer: string;
} {
  return JSON.parse(readFileSync(E2E_FIXTURES_FILE, "utf8"));
}

/**
 * On the page every route leads to after a one-time password: sets the user's own and lands on
 * the page first asked for (its `callbackUrl`), the home page when none was.
 */
export async function changeOneTimePassword(page: Page, oneTimePassword: string, ownPassword: string, landing = "/") {
  await expect(page).toHaveURL(/\/account\/password(\?|$)/);
  const change = page.getByTestId("change-password-form");
  await change.getByLabel("当前密码").fill(oneTimePassword);
  await change.getByLabel("新密码（至少").fill(ownPassword);
  await change.getByLabel("再次输入新密码").fill(ownPassword);
  await change.getByRole("button", { name: "修改密码" }).click();
  await expect.poll(() => new URL(page.url()).pathname + new URL(page.url()).search).toBe(landing);
}
