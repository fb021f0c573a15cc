import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./helpers";
import { holdDemoWorld } from "./demo-world-lock";

holdDemoWorld();

async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

test("plan pages fit a phone screen; wide tables scroll inside their own box", async ({ page }) => {
  await signIn(page, "xingqing.staff");
  await expect(page.getByRole("heading", { name: "兴庆区教育局" })).toBeVisible();
  await page.goto("/plans");
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);

  // The five-year plan carries the indicator table, the widest thing on a plan page.
  await page.getByTestId("plan-list").getByRole("link").first().click();
  await expect(page.getByTestId("indicator-table")).toBeVisible();
  await expect(page.getByTestId("task-row").first()).toBeVisible();
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);

  await page.getByTestId("task-row").first().getByRole("link").first().click();
  await expect(page.getByTestId("task-source")).toBeVisible();
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
});

test("a leader's task list and the work-points plan fit a phone screen", async ({ page }) => {
  await signIn(page, "jinfeng.leader");
  await expect(page.getByRole("heading", { name: "金凤区教育局" })).toBeVisible();
  await page.goto("/my-tasks");
  await expect(page.getByTestId("task-row").first()).toBeVisible();
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  await page.getByTestId("task-row").first().getByRole("link").last().click();
  await expect(page.getByTestId("task-count")).toBeVisible();
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
});
