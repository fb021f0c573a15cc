// The public page on a 390 px phone, signed out: 金凤 publishes its 2022
// 教育工作要点 in the demo world (prisma/seed/demo-publication.ts). No sign-in,
// no sideways scrolling, axe-clean; an unknown code, a bureau with nothing
// published and a malformed id answer 404.
import { expect, test } from "@playwright/test";
import { axeViolations } from "./axe";

// axe is injected as a script, which the app's CSP (nonces only) would block.
test.use({ viewport: { width: 390, height: 844 }, bypassCSP: true });

test("anyone reads 金凤's published 2022 work points on a phone without signing in", async ({ page }) => {
  const index = await page.goto("/public/jinfeng");
  expect(index!.status()).toBe(200);
  expect(index!.headers()["content-security-policy"]).toContain("nonce-");
  await expect(page).toHaveURL(/\/public\/jinfeng$/);
  await expect(page.getByRole("heading", { level: 1, name: "金凤区教育局" })).toBeVisible();

  await page.getByRole("link", { name: /2022年教育工作要点/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: /2022年教育工作要点/ })).toBeVisible();
  await expect(page.getByTestId("public-updated-at")).toContainText("数据更新时间");
  await expect(page.getByRole("heading", { name: "重点任务" })).toBeVisible();
  await expect(page.getByTestId("public-tasks")).toContainText("建强基层党组织");
  await expect(page.getByTestId("public-summary")).toContainText("任务数");
  // Leaders are off by default: the demo publication does not name them.
  await expect(page.getByTestId("public-tasks")).not.toContainText("责任领导");
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  expect(await axeViolations(page)).toEqual([]);

  for (const path of ["/public/no-such-bureau", "/public/xingqing", "/public/jinfeng/not-a-plan-id", "/public/jinfeng/00000000-0000-4000-8000-000000000000"]) {
    expect((await page.goto(path))!.status(), path).toBe(404);
  }
});
