// Accounts at scale in a real browser, shared by the desktop and phone specs:
// the admin downloads the template, fills and uploads it, reads each row's
// result with the one-time passwords, links the new leader on 责任领导, and
// the leader, signed in with that password, sees 我负责的 on the home page.
import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import { expect, type Page } from "@playwright/test";
import { changeOneTimePassword, signIn } from "./helpers";

async function workbookOf(download: import("@playwright/test").Download) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile((await download.path())!)) as unknown as ExcelJS.Buffer);
  return workbook;
}

export async function membersImportFlow(page: Page, tag: string) {
  const suffix = `${tag}${Date.now().toString(36)}`;
  const leader = { username: `e2e.lead.${suffix}`, name: `导入领导${tag}` };
  await signIn(page, "jinfeng.admin");
  await expect(page.getByRole("heading", { name: "金凤区教育局" })).toBeVisible({ timeout: 20_000 });
  await page.goto("/admin/members");

  // The template, filled as a bureau would: a leader, a reporter of a new school, and a row with a wrong role.
  const [templateDownload] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "下载导入模板" }).click()]);
  const workbook = await workbookOf(templateDownload);
  const sheet = workbook.getWorksheet("账号")!;
  expect((sheet.getRow(1).values as string[]).slice(1)).toEqual(["用户名", "姓名", "角色", "所属单位", "手机号", "邮箱", "对应责任领导"]);
  // Typed into rows 2–4 as in Excel (exceljs's addRow would append after the 角色 drop-down's range).
  const fill = (row: number, values: (string | null)[]) => values.forEach((v, i) => (sheet.getCell(row, i + 1).value = v));
  fill(2, [leader.username, leader.name, "分管领导", null, "13912345678", null, null]);
  fill(3, [`e2e.school.${suffix}`, "导入填报员", "单位填报员", `导入测试学校${tag}`, null, null, null]);
  fill(4, [`e2e.bad.${suffix}`, "角色错误", "校长", null, null, null, null]);
  const filled = Buffer.from(await workbook.xlsx.writeBuffer());

  await page
    .getByLabel("填写好的模板（.xlsx）")
    .setInputFiles({ name: "账号.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: filled });
  await page.getByRole("button", { name: "导入账号" }).click();
  await expect(page.getByText("已创建 2 个账号，更新 0 个；1 行未导入，原因见下表")).toBeVisible({ timeout: 30_000 });
  const results = page.getByTestId("import-results");
  await expect(results.locator("li[data-result=created]")).toHaveCount(2);
  await expect(results.locator("li[data-row='4']")).toContainText("角色“校长”不存在");
  const leaderRow = results.locator("li[data-row='2']");
  await expect(leaderRow).toContainText("已创建");
  const password = (await leaderRow.locator("code").textContent())!.trim();
  expect(password).toMatch(/^[a-zA-Z2-9]{12}$/);
  // The page fits a phone's width with the results on it.
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);

  // The same results as a workbook, passwords included.
  const [resultsDownload] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "下载导入结果（.xlsx）" }).click()]);
  const resultSheet = (await workbookOf(resultsDownload)).worksheets[0]!;
  expect(resultSheet.getRow(2).getCell(2).text).toBe(leader.username);
  expect(resultSheet.getRow(2).getCell(5).text).toBe(password);

  // Link the new leader to a leader of the plans who has tasks and no account yet.
  await page.goto("/people");
  const person = page
    .getByTestId("people-list")
    .locator("li")
    .filter({ hasText: /任务 [1-9]/ })
    .filter({ hasNotText: "已关联账号" })
    .first();
  const personName = (await person.getAttribute("data-person"))!;
  await person.locator("select").selectOption({ label: `${leader.name}（${leader.username}）` });
  await person.getByRole("button", { name: "关联账号" }).click();
  await expect(page.getByText(`已关联责任领导“${personName}”`)).toBeVisible();
  await expect(page.locator(`li[data-person="${personName}"]`)).toContainText(`领导账号：${leader.name}`);

  // The leader signs in with the one-time password, sets their own, and starts on 我负责的.
  await page.context().clearCookies();
  await signIn(page, leader.username, password);
  await changeOneTimePassword(page, password, `${leader.username}-own-password`);
  await expect(page.getByRole("link", { name: `我负责的（${personName}）` })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText("您的账号尚未关联规划中的责任领导")).toHaveCount(0);
  await expect(page.getByTestId("bureau-dashboard")).toBeVisible();
}
