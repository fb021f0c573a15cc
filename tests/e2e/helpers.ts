import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { E2E_FIXTURES_FILE } from "./fixtures-file";

export const DEMO_PASSWORD = "demo123456";

export async function signIn(page: Page, username: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("密码").fill(password);
  await page.getByRole("button", { name: "登录" }).click();
}

export function fixtures(): { xingqingUnitId: string; secondOrigin: string | null; ownerUrl: string; oidcIssuer: string } {
  return JSON.parse(readFileSync(E2E_FIXTURES_FILE, "utf8"));
}
