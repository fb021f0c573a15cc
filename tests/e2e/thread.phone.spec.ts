// The five-year thread on a 390 px phone (decision 0036): staff have a 2022
// task suggested against the five-year task it reads like, confirm it, carry
// the unfinished task into 2023, and the five-year plan then shows it under
// 2022 and 2023; the carried task says what it continues. No sideways
// scrolling, no serious axe findings.
import { expect, test, type Page } from "@playwright/test";
import { seriousAxeViolations } from "./axe";
import { signIn } from "./helpers";
import { THREAD_WORLD as W } from "./thread-world";

test.use({ viewport: { width: 390, height: 844 }, bypassCSP: true });
// One flow over three pages, with axe on two of them: more than a click's worth of time on a busy machine.
test.slow();

async function expectFitsAndAccessible(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  expect(await seriousAxeViolations(page)).toEqual([]);
}

async function openPlanThread(page: Page, plan: string, link: RegExp) {
  await page.goto("/plans");
  await page.getByTestId("plan-list").getByRole("link", { name: plan }).click();
  await page.getByTestId("plan-thread-link").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(link);
}

test("staff confirm a suggested link, carry the unfinished task over, and follow it on the five-year plan", async ({ page }) => {
  await signIn(page, W.staff);
  // Signing in hashes a password: on a busy CI machine it may take longer than a click's 5 s.
  await expect(page.getByRole("heading", { name: W.name })).toBeVisible({ timeout: 30_000 });
  await openPlanThread(page, W.annualPlan, /对接五年规划/);

  await page.getByRole("button", { name: "生成关联建议" }).click();
  const open = page.getByTestId("annual-thread").locator("li[data-task-id]").filter({ hasText: W.openTask });
  await expect(open.locator('[data-link-state="suggested"]')).toContainText("表述相近");
  await open.getByRole("button", { name: `确认关联：1. ${W.fiveTask}` }).click();
  await expect(open.locator('[data-link-state="confirmed"]')).toContainText(W.fiveTask);
  await expectFitsAndAccessible(page);

  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "结转到2023年" }).click();
  // The card then names the new plan (the button and its message give way to it).
  await expect(page.getByTestId("carried-into").getByRole("link", { name: W.nextPlan })).toBeVisible();

  await openPlanThread(page, W.fivePlan, /年度推进情况/);
  const item = page
    .getByTestId("five-year-thread")
    .locator("li[data-item-id]")
    .filter({ hasText: `1. ${W.fiveTask}` });
  await expect(item.getByRole("link", { name: `1. ${W.openTask}` })).toHaveCount(2);
  await expect(item).toContainText(W.annualPlan);
  await expect(item).toContainText(W.nextPlan);
  await expectFitsAndAccessible(page);

  // The 2023 task: what it continues and which five-year task it moves.
  await item
    .getByRole("link", { name: `1. ${W.openTask}` })
    .last()
    .click();
  const thread = page.getByTestId("task-thread");
  await expect(thread).toContainText(`接续自 2022年《${W.annualPlan}》任务 1`);
  await expect(thread.getByRole("link", { name: `1. ${W.fiveTask}` })).toBeVisible();
  // (The task page is in the a11y sweep; here only its width.)
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
});
