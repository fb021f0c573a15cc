import { readFileSync } from "node:fs";
import { expect, type Page } from "@playwright/test";
import { E2E_FIXTURES_FILE } from "./fixtures-file";

export const DEMO_PASSWORD = "demo123456";

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

export function fixtures(): { xingqingUnitId: string; secondOrigin: string | null; ownerUrl: string; oidcIssuer: string } {
  return JSON.parse(readFileSync(E2E_FIXTURES_FILE, "utf8"));
}
