// The units register's round trip, shared by the desktop and phone specs
// (each on a bureau of its own, unit-fixtures.ts): the admin imports 40
// schools, merges the duplicate the page suggests (城关街道办事处 → 城关街道),
// and the task the duplicate reported on still shows its report, now under
// the kept unit.
import { readFileSync } from "node:fs";
import { expect, type Page } from "@playwright/test";
import ExcelJS from "exceljs";
import { axeViolations } from "./axe";
import { signIn } from "./helpers";
import { DUPLICATE_NAME, KEEP_NAME, PERIOD_LABEL, REPORT_TEXT, UNIT_FIXTURES_FILE, type UnitFixtures } from "./unit-fixture-names";

async function fitsScreen(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
}

async function accessible(page: Page) {
  expect(await axeViolations(page)).toEqual([]);
}

async function schoolRegister(code: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("学校名单");
  sheet.addRow(["学校名称", "学段", "性质", "所属学区/街道"]);
  for (let i = 1; i <= 40; i++) {
    const kindergarten = i % 5 === 0;
    sheet.addRow([`${code}测试第${i}${kindergarten ? "幼儿园" : "小学"}`, kindergarten ? "幼儿园" : "小学", i % 4 === 0 ? "民办" : "公办", KEEP_NAME]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export async function unitsRoundTrip(admin: Page, code: string) {
  const { taskId } = (JSON.parse(readFileSync(UNIT_FIXTURES_FILE, "utf8")) as UnitFixtures)[code]!;
  await signIn(admin, `${code}.admin`);
  await admin.waitForURL((url) => !url.pathname.startsWith("/login"));
  await admin.goto("/units");
  await expect(admin.getByRole("heading", { name: "单位", level: 1 })).toBeVisible();
  await fitsScreen(admin);
  await accessible(admin);

  // 40 schools from the register.
  await admin.getByLabel(/学校名单（\.xlsx/).setInputFiles({
    name: "学校名单.xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: await schoolRegister(code),
  });
  await admin.getByRole("button", { name: "导入学校名单" }).click();
  await expect(admin.getByRole("status").filter({ hasText: "已导入学校名单" })).toHaveText("已导入学校名单：新增 40 所，更新 0 所", { timeout: 30_000 });
  await admin.goto(`/units?kind=school&q=${encodeURIComponent(`${code}测试`)}`);
  await expect(admin.getByText("共 32 条")).toBeVisible();

  // The page suggests the pair; the admin merges it (the page proposes keeping the unit with more task links).
  await admin.goto("/units");
  const suggestion = admin
    .getByTestId("duplicate-suggestions")
    .getByRole("listitem")
    .filter({ hasText: DUPLICATE_NAME })
    .filter({ hasText: "同一名称的不同写法" });
  await suggestion.getByRole("button", { name: /^合并到“/ }).click();
  // The kept unit opens, its former names listing the merged one.
  const heading = admin.getByRole("heading", { level: 1 });
  await expect(heading).toHaveText(/^城关街道(办事处)?$/);
  const keptName = (await heading.textContent())!;
  const mergedName = keptName === KEEP_NAME ? DUPLICATE_NAME : KEEP_NAME;
  await expect(admin.getByTestId("unit-aliases")).toHaveText(mergedName);
  await admin.goto(`/units?kind=township&q=${encodeURIComponent(mergedName)}`);
  const kept = admin
    .getByTestId("unit-list")
    .getByRole("listitem")
    .filter({ hasText: `曾用名：${mergedName}` });
  await expect(kept).toHaveCount(1);
  await kept.getByRole("link", { name: keptName, exact: true }).click();
  await expect(admin.getByRole("heading", { name: keptName, level: 1 })).toBeVisible();
  await fitsScreen(admin);
  await accessible(admin);

  // The task's report is still there, now the kept unit's.
  await admin.goto(`/tasks/${taskId}`);
  const slot = admin.getByTestId("task-slots").getByRole("link", { name: `${PERIOD_LABEL} · ${keptName}` });
  await expect(slot).toBeVisible();
  await slot.click();
  await expect(admin.getByText(REPORT_TEXT)).toBeVisible();
  await fitsScreen(admin);
}
