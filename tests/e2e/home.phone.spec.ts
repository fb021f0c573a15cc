// Every role's first screen is its work, on a phone: a unit reporter's to-do
// with their unit's name and one tap to a form; a leader's red and yellow
// tasks before the dashboard's breakdowns. The home world (home-world.ts) is a
// bureau of its own, so the counts are known.
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./helpers";
import { HOME_WORLD } from "./home-world";

async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

test("a unit reporter's phone home is their unit's to-do, one tap from the form", async ({ page }) => {
  await signIn(page, HOME_WORLD.reporter);
  // Signing in hashes the password: patience on a loaded runner, as members-import-flow.
  await expect(page.getByRole("heading", { name: HOME_WORLD.name })).toBeVisible({ timeout: 20_000 });
  const todo = page.getByTestId("unit-todo");
  await expect(todo.getByTestId("unit-todo-unit")).toHaveText(HOME_WORLD.unit);
  await expect(todo.getByTestId("todo-todo")).toContainText(`待填报${HOME_WORLD.counts.todo}项`);
  await expect(todo.getByTestId("todo-returned")).toContainText(`被退回${HOME_WORLD.counts.returned}项`);
  await expect(todo.getByTestId("todo-overdue")).toContainText(`逾期${HOME_WORLD.counts.overdue}项`);
  // No leader tables on a reporter's home, and nothing scrolls sideways.
  await expect(page.getByTestId("bureau-dashboard")).toHaveCount(0);
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  await page.screenshot({ path: test.info().outputPath("reporter-home-phone.png"), fullPage: true });

  const next = todo.getByTestId("todo-next");
  await expect(next).toContainText(HOME_WORLD.yellowTask);
  await expect(next).toContainText(HOME_WORLD.period);
  await next.click();
  await expect(page).toHaveURL(/\/reports\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId("report-form")).toBeVisible();
  await expect(page.getByTestId("return-comment")).toContainText("请补充培训人数");
});

test("a leader's phone home opens on their red and yellow tasks, the breakdowns below", async ({ page }) => {
  await signIn(page, HOME_WORLD.leader);
  await expect(page.getByRole("heading", { name: HOME_WORLD.name })).toBeVisible({ timeout: 20_000 });
  const focus = page.getByTestId("leader-focus");
  await expect(focus.getByRole("heading", { level: 2 })).toContainText(`我负责的（${HOME_WORLD.leaderName}）`);
  const lit = focus.getByTestId("lit-tasks");
  await expect(lit.getByTestId("task-row")).toHaveCount(2);
  await expect(lit.getByTestId("task-row").nth(0)).toContainText(HOME_WORLD.redTask);
  await expect(lit.getByTestId("task-row").nth(1)).toContainText(HOME_WORLD.yellowTask);
  await expect(lit).not.toContainText(HOME_WORLD.greenTask);
  await expect(focus.getByTestId("overdue-units")).toContainText(`${HOME_WORLD.unit}逾期 1 份`);
  const breakdown = page.getByTestId("breakdown-leaders");
  await expect(breakdown).toBeVisible();
  const [litTop, breakdownTop] = await Promise.all([lit.boundingBox(), breakdown.boundingBox()]);
  expect(litTop!.y).toBeLessThan(breakdownTop!.y);
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  await page.screenshot({ path: test.info().outputPath("leader-home-phone.png"), fullPage: true });
});
