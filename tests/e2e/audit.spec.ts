// The audit trail in a real browser: a bureau admin's action shows up on
// /admin/audit (reached from the main navigation), the filter narrows it, the
// export holds the filtered rows; staff get neither the link nor the page.
import ExcelJS from "exceljs";
import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";
import { holdDemoWorld } from "./demo-world-lock";

holdDemoWorld();

test("a bureau admin reads, filters and exports the audit trail; staff cannot", async ({ page }) => {
  const username = `huiji.audit${Date.now().toString(36)}`;
  await signIn(page, "huiji.admin");
  await expect(page.getByRole("heading", { name: "惠济区教育局" })).toBeVisible({ timeout: 20_000 });
  await page.goto("/admin/members");
  await page.getByLabel("用户名", { exact: true }).fill(username);
  await page.getByLabel("姓名", { exact: true }).fill("审计测试员");
  await page.getByRole("button", { name: "创建账号" }).click();
  await expect(page.getByText("已创建账号")).toBeVisible();

  await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "审计日志" }).click();
  await expect(page.getByRole("heading", { name: "审计日志" })).toBeVisible();
  const created = page
    .getByTestId("audit-list")
    .locator("li")
    .filter({ hasText: `审计测试员（${username}）` });
  await expect(created).toContainText("新建账号");
  await expect(created).toContainText("惠济区教育局管理员");

  await page.getByLabel("操作", { exact: true }).selectOption({ label: "删除规划" });
  await page.getByRole("button", { name: "查询" }).click();
  await expect(page).toHaveURL(/action=plan\.delete/);
  await expect(page.getByText("没有符合条件的记录")).toBeVisible();

  await page.getByLabel("操作", { exact: true }).selectOption({ label: "新建账号" });
  await page.getByLabel("对象", { exact: true }).fill(username);
  await page.getByRole("button", { name: "查询" }).click();
  await expect(page.getByTestId("audit-list").locator("li")).toHaveCount(1);
  const exportHref = await page.getByRole("link", { name: "导出 (.xlsx)" }).getAttribute("href");
  expect(exportHref).toContain("action=member.create");
  const exported = await page.request.get(exportHref!);
  expect(exported.status()).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await exported.body()) as unknown as ExcelJS.Buffer);
  const sheet = workbook.getWorksheet("审计日志")!;
  expect(sheet.rowCount).toBe(3);
  expect(sheet.getRow(3).getCell(3).text).toBe("新建账号");
  expect(sheet.getRow(3).getCell(5).text).toBe(`审计测试员（${username}）`);

  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page).toHaveURL(/\/login/);
  await signIn(page, "huiji.staff");
  await expect(page.getByRole("heading", { name: "惠济区教育局" })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "审计日志" })).toHaveCount(0);
  expect((await page.goto("/admin/audit"))?.status()).toBe(404);
  expect((await page.request.get("/api/v1/audit.xlsx")).status()).toBe(403);
});

test("a deleted plan's record opens from the audit trail", async ({ page }) => {
  const title = `审计演练规划${Date.now().toString(36)}`;
  await signIn(page, "huiji.admin");
  await expect(page.getByRole("heading", { name: "惠济区教育局" })).toBeVisible({ timeout: 20_000 });
  await page.goto("/plans/new");
  await page.getByLabel("规划标题").fill(title);
  await page.getByRole("button", { name: "创建规划" }).click();
  await expect(page).toHaveURL(/\/plans\/[0-9a-f-]+\/edit/);
  await expect(page.getByText("删除前，状态变更、填报报告及审核记录会完整保存到审计日志")).toBeVisible();
  await page.getByLabel("我确认删除该规划及其全部任务").check();
  const planUrl = page.url().replace(/\/edit$/, "");
  await page.getByRole("button", { name: "删除规划" }).click();
  await expect.poll(async () => (await page.request.get(planUrl)).status(), { timeout: 20_000 }).toBe(404);

  await page.goto(`/admin/audit?action=plan.delete&object=${encodeURIComponent(title)}`);
  const row = page.getByTestId("audit-list").locator("li");
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("删除前的完整记录已保存");
  await row.getByRole("link", { name: "查看删除前的完整记录" }).click();
  await expect(page.getByRole("heading", { name: `删除规划：${title}` })).toBeVisible();
  await expect(page.getByText("删除时没有任务记录")).toBeVisible();
});
