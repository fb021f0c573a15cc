// The city's drill-down on a 390 px phone, read-only over the demo world: a
// figure on the city home opens the district's list behind it (红灯 → its red
// tasks), the district's overview, lagging indicators and units' on-time
// reporting, and the ranked comparison with its .xlsx, without sideways
// scrolling and without serious axe violations.
import { expect, test, type Page } from "@playwright/test";
import { seriousAxeViolations } from "./axe";
import { holdDemoWorld } from "./demo-world-lock";
import { signIn } from "./helpers";

// Reads figures other specs change in the demo world (task status, reports).
holdDemoWorld();

test.use({ viewport: { width: 390, height: 844 }, bypassCSP: true });

async function fitsAndPassesAxe(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  expect(await seriousAxeViolations(page)).toEqual([]);
}

test("yinchuan.viewer drills from the city home into 贺兰县 and ranks the districts on a phone", async ({ page }) => {
  await signIn(page, "yinchuan.viewer");
  const helan = page.getByTestId("district-helan");
  // The first sign-in of a run also warms the server up: more than a page's usual wait.
  await expect(helan).toBeVisible({ timeout: 15_000 });

  // 红灯 N 项 on the home opens exactly that district's red tasks.
  const red = helan.getByTestId("district-lights").getByRole("link", { name: /红灯/ });
  const count = Number(/(\d+)/.exec(await red.innerText())![1]);
  await red.click();
  await expect(page).toHaveURL(/\/districts\/helan\/tasks\?light=red$/);
  await expect(page.getByRole("heading", { name: "贺兰县教育体育局 · 任务" })).toBeVisible();
  if (count > 0) await expect(page.getByTestId("task-light").first()).toHaveAttribute("data-light", "red");
  await expect(page.getByText(`共 ${count} 条`)).toBeVisible();
  await fitsAndPassesAxe(page);

  // The overview: its figures, red and yellow tasks first.
  await page.getByRole("navigation", { name: "区县栏目" }).getByRole("link", { name: "概览" }).click();
  await expect(page.getByText("下辖区县 · 只读查看")).toBeVisible();
  await expect(page.getByTestId("district-figures")).toBeVisible();
  const lights = await page
    .getByTestId("district-tasks")
    .getByTestId("task-light")
    .evaluateAll((els) => els.map((e) => e.getAttribute("data-light")));
  expect(lights.every((l) => l === "red" || l === "yellow")).toBe(true);
  expect(lights.indexOf("yellow") === -1 || lights.lastIndexOf("red") < lights.indexOf("yellow")).toBe(true);
  await fitsAndPassesAxe(page);

  // A task opens read-only; an id that is not the district's is a 404.
  const first = page.getByTestId("district-tasks").getByRole("link").first();
  if (await first.count()) {
    const title = await first.innerText();
    await first.click();
    await expect(page.getByRole("heading", { name: title })).toBeVisible();
    await expect(page.getByTestId("district-task-facts")).toBeVisible();
    await fitsAndPassesAxe(page);
  }
  expect((await page.goto("/districts/helan/tasks/00000000-0000-7000-8000-000000000000"))?.status()).toBe(404);
  await page.goto("/districts/helan");

  // 滞后 → the district's lagging indicators.
  await page.getByTestId("judgement-behind").click();
  await expect(page).toHaveURL(/\/districts\/helan\/indicators\?judgement=behind$/);
  const judgements = await page
    .getByTestId("district-indicator")
    .getByTestId("judgement")
    .evaluateAll((els) => els.map((e) => e.getAttribute("data-judgement")));
  expect(judgements.every((j) => j === "behind")).toBe(true);
  await fitsAndPassesAxe(page);

  // The units, each with its kind, and their on-time reporting.
  await page.getByRole("navigation", { name: "区县栏目" }).getByRole("link", { name: "单位报送" }).click();
  await expect(page.getByTestId("district-unit").first()).toBeVisible();
  await expect(page.getByTestId("district-unit").first()).toContainText(/局内科室|中小学校|幼儿园|街道乡镇|区县直部门|党组织|单位群体|其他/);
  await fitsAndPassesAxe(page);

  // The comparison over all districts, ranked by on-time reporting, and its export.
  await page.goto("/districts");
  await page.getByTestId("ranking-sort").selectOption("on-time");
  await page.getByRole("button", { name: "排序" }).click();
  await expect(page).toHaveURL(/\/districts\?sort=on-time$/);
  const ranking = page.getByTestId("district-ranking");
  await expect(ranking.locator("tbody tr")).toHaveCount(3);
  await expect(ranking.getByTestId("rank").first()).toHaveText("1");
  await expect(ranking).not.toContainText("惠济");
  await fitsAndPassesAxe(page);
  const href = await page.getByTestId("ranking-export").getAttribute("href");
  expect(href).toBe("/api/v1/city/comparison.xlsx?sort=on-time");
  const file = await page.request.get(href!);
  expect(file.status()).toBe(200);
  expect(file.headers()["content-disposition"]).toContain(encodeURIComponent("各区县对比（按按时报送率）-"));

  // Another city's district is not there for this viewer.
  expect((await page.goto("/districts/huiji/tasks"))?.status()).toBe(404);
});
