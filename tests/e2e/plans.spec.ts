import { expect, test } from "@playwright/test";
import { JINFENG_PLAN, openJinfengPlan, signIn } from "./helpers";
import { holdDemoWorld } from "./demo-world-lock";

holdDemoWorld();

function countsOf(text: string): { total: number; shown: number | null } {
  const total = Number(/共 (\d+) 项任务/.exec(text)?.[1]);
  const shown = /筛选出 (\d+) 项/.exec(text)?.[1];
  return { total, shown: shown === undefined ? null : Number(shown) };
}

test("a seed plan shows its tasks, and filtering by a leader narrows the list", async ({ page }) => {
  await signIn(page, "jinfeng.staff");
  await expect(page.getByRole("heading", { name: "金凤区教育局" })).toBeVisible();
  await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "规划" }).click();
  await page.getByTestId("plan-list").getByRole("link", { name: JINFENG_PLAN }).click();
  await expect(page.getByRole("heading", { level: 1, name: JINFENG_PLAN })).toBeVisible();

  const before = countsOf(await page.getByTestId("task-count").innerText());
  expect(before.total).toBeGreaterThan(10);
  await expect(page.getByTestId("task-row")).toHaveCount(before.total);
  await expect(page.getByRole("link", { name: "编辑" })).toHaveCount(0);

  const leaders = await page.getByLabel("责任领导").locator("option").allInnerTexts();
  for (const name of ["张学兵", "高学芳", "赵丽", "崔茜", "马学明"]) expect(leaders).toContain(name);

  await page.getByLabel("责任领导").selectOption({ label: "赵丽" });
  await page.getByRole("button", { name: "筛选" }).click();
  await expect(page).toHaveURL(/leader=/);
  const after = countsOf(await page.getByTestId("task-count").innerText());
  expect(after.total).toBe(before.total);
  expect(after.shown).toBeGreaterThan(0);
  expect(after.shown).toBeLessThan(before.total);
  await expect(page.getByTestId("task-row")).toHaveCount(after.shown!);
  for (const names of await page.getByTestId("task-row").getByTestId("task-leaders").allInnerTexts()) expect(names).toContain("赵丽");

  await test.step("a task page shows its measures, leaders, units and source text", async () => {
    await page.getByTestId("task-row").first().getByRole("link").first().click();
    await expect(page).toHaveURL(/\/tasks\/[0-9a-f-]{36}$/);
    await expect(page.getByRole("navigation", { name: "面包屑" }).getByRole("link", { name: JINFENG_PLAN })).toBeVisible();
    await expect(page.getByTestId("task-leaders")).toContainText("赵丽");
    await expect(page.getByTestId("task-measures").locator("li").first()).toBeVisible();
    await expect(page.getByTestId("task-source")).toContainText("责任领导");
    await expect(page.getByRole("link", { name: "编辑任务" })).toHaveCount(0);
  });
});

test("a bureau admin sees the edit links on plan and task pages", async ({ page }) => {
  const planPath = await openJinfengPlan(page, "jinfeng.admin");
  await expect(page.getByRole("link", { name: "编辑", exact: true })).toHaveAttribute("href", `${planPath}/edit`);
  await page.getByTestId("task-row").first().getByRole("link").first().click();
  await expect(page.getByRole("link", { name: "编辑任务" })).toHaveAttribute("href", /\/tasks\/[0-9a-f-]{36}\/edit$/);
});

test("another tenant's plan or task, or a malformed id, is a 404", async ({ page }) => {
  await signIn(page, "xingqing.staff");
  await expect(page.getByRole("heading", { name: "兴庆区教育局" })).toBeVisible();
  await page.goto("/plans");
  const planHref = await page.getByTestId("plan-list").getByRole("link").first().getAttribute("href");
  await page.goto(planHref!);
  const taskHref = await page.getByTestId("task-row").first().getByRole("link").first().getAttribute("href");
  expect(planHref).toMatch(/^\/plans\/[0-9a-f-]{36}$/);
  expect(taskHref).toMatch(/^\/tasks\/[0-9a-f-]{36}$/);
  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page).toHaveURL(/\/login/);

  await signIn(page, "jinfeng.staff");
  await expect(page.getByRole("heading", { name: "金凤区教育局" })).toBeVisible();
  for (const url of [planHref!, taskHref!, "/plans/not-a-uuid", "/tasks/12345"]) {
    expect((await page.goto(url))?.status(), url).toBe(404);
    await expect(page.getByText("页面不存在或您无权访问")).toBeVisible();
  }
});

test("a leader's 我负责的 lists their tasks, each linking to its task page", async ({ page }) => {
  await signIn(page, "jinfeng.leader");
  await expect(page.getByRole("heading", { name: "金凤区教育局" })).toBeVisible();
  await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "我负责的" }).click();
  await expect(page.getByRole("heading", { name: "我负责的任务" })).toBeVisible();
  const rows = page.getByTestId("my-task-list").getByTestId("task-row");
  await expect(rows.first()).toBeVisible();
  expect(await rows.count()).toBeGreaterThanOrEqual(1);
  await expect(rows.first()).toContainText("所属规划");
  await rows.first().getByRole("link").first().click();
  await expect(page).toHaveURL(/\/tasks\/[0-9a-f-]{36}$/);
});

test("roles that carry no tasks get an explanation on 我负责的", async ({ page }) => {
  await signIn(page, "jinfeng.staff");
  await expect(page.getByRole("heading", { name: "金凤区教育局" })).toBeVisible();
  await page.goto("/my-tasks");
  await expect(page.getByText("您的角色不直接承担任务")).toBeVisible();
});
