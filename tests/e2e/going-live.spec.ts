// Issue 12's whole chain on one new bureau, as a real one goes live: the
// platform admin opens it; its admin changes the one-time password, imports
// the plan, 40 schools and 50 accounts, links the group to its schools and
// opens the period; the leader sees 我负责的; a duplicate unit is merged after
// it reported and the report survives; a school reports and the group reads
// 已报 1 / 40; the school's reporter later signs in through 统一身份认证.
import { expect as baseExpect, test, type Browser, type Page } from "@playwright/test";
import ExcelJS from "exceljs";
import { changeOneTimePassword, signIn } from "./helpers";
import { openBureauAndSignInAsItsAdmin } from "./platform-flow";
import { ROUND_TRIP_MS, signInWithSso } from "./sso-helpers";
import { GOING_LIVE } from "./going-live-world";

// A long chain of sign-ins (each hashes a password) on a 2-core machine.
const expect = baseExpect.configure({ timeout: 30_000 });
test.use({ bypassCSP: true });
test.setTimeout(600_000);

const { code, name, sso } = GOING_LIVE;
const GROUP = "各中小学校、幼儿园";
const SCHOOLS = 40;
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const PLAN = [
  `${name}2026年教育工作要点`,
  "",
  "一、深化基础教育改革",
  "1.落实“双减”要求，各校报送作业管理情况",
  "工作举措：完善作业公示制度，每周抽查作业量。",
  "责任领导：赵 丽",
  "责任单位：各中小学校、幼儿园",
  "2.推进城关片区校外培训治理",
  "工作举措：联合街道开展校外培训机构排查。",
  "责任领导：赵 丽",
  "责任单位：灵武市城关街道办事处",
  "二、办好人民满意教育",
  "3.做好城关片区学龄人口摸底",
  "工作举措：按季度更新学龄人口台账。",
  "责任领导：孙 强",
  "责任单位：城关街道",
].join("\n");

const school = (i: number) => `${name.slice(0, 2)}第${String(i).padStart(2, "0")}${i % 5 === 0 ? "幼儿园" : "小学"}`;

async function xlsx(sheetName: string, rows: (string | null)[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  rows.forEach((row) => sheet.addRow(row));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const schoolRegister = () =>
  xlsx("学校名单", [
    ["学校名称", "学段", "性质", "所属学区/街道"],
    ...Array.from({ length: SCHOOLS }, (_, k) => {
      const i = k + 1;
      return [school(i), i % 5 === 0 ? "幼儿园" : "小学", "公办", "城关街道"];
    }),
  ]);

/** 50 accounts: the leader, the first school's and the 街道's reporters, staff and 46 more school reporters. */
function accountRows(): (string | null)[][] {
  const rows: (string | null)[][] = [
    [`${code}.leader`, "赵丽", "分管领导", null, "13900000001", null, "赵丽"],
    [`${code}.school01`, "一校填报员", "单位填报员", school(1), null, null, null],
    [`${code}.jd`, "街道填报员", "单位填报员", "灵武市城关街道办事处", null, null, null],
    [`${code}.staff`, "局工作人员", "教育局工作人员", null, null, `${code}.staff@example.cn`, null],
  ];
  for (let i = 2; rows.length < 50; i++)
    rows.push([`${code}.s${String(i).padStart(2, "0")}`, `填报员${i}`, "单位填报员", school(((i - 2) % (SCHOOLS - 1)) + 2), null, null, null]);
  return [["用户名", "姓名", "角色", "所属单位", "手机号", "邮箱", "对应责任领导"], ...rows];
}

async function importPlan(admin: Page) {
  await admin.goto("/plans/import");
  await admin.locator('input[type="file"]').setInputFiles({ name: "2026年工作要点.txt", mimeType: "text/plain", buffer: Buffer.from(PLAN, "utf8") });
  await admin.getByRole("button", { name: "解析预览" }).click();
  await expect(admin.getByTestId("import-task-count")).toHaveText("3 项");
  await admin.getByRole("button", { name: "确认导入" }).click();
  await expect(admin).toHaveURL(/\/plans\/[0-9a-f-]{36}$/);
  await expect(admin.getByTestId("task-count")).toContainText("共 3 项任务");
}

async function importSchoolsAndAccounts(admin: Page): Promise<Map<string, string>> {
  await admin.goto("/units");
  await admin.getByLabel(/学校名单（\.xlsx/).setInputFiles({ name: "学校名单.xlsx", mimeType: XLSX, buffer: await schoolRegister() });
  await admin.getByRole("button", { name: "导入学校名单" }).click();
  await expect(admin.getByRole("status").filter({ hasText: "已导入学校名单" })).toHaveText(`已导入学校名单：新增 ${SCHOOLS} 所，更新 0 所`);

  await admin.goto("/admin/members");
  await admin.getByLabel("填写好的模板（.xlsx）").setInputFiles({ name: "账号.xlsx", mimeType: XLSX, buffer: await xlsx("账号", accountRows()) });
  await admin.getByRole("button", { name: "导入账号" }).click();
  await expect(admin.getByText("已创建 50 个账号，更新 0 个")).toBeVisible();
  const passwords = new Map<string, string>();
  for (const username of [`${code}.leader`, `${code}.school01`, `${code}.jd`]) {
    const row = admin.getByTestId("import-results").locator("li").filter({ hasText: username });
    passwords.set(username, (await row.locator("code").textContent())!.trim());
  }
  return passwords;
}

async function openGroupPeriod(admin: Page) {
  await admin.goto(`/units?q=${encodeURIComponent(GROUP)}`);
  await admin.getByTestId("unit-list").getByRole("link", { name: GROUP }).click();
  await expect(admin.getByRole("checkbox", { name: "全部中小学校" })).toBeChecked();
  await expect(admin.getByRole("checkbox", { name: "全部幼儿园" })).toBeChecked();
  await admin.getByRole("button", { name: "保存成员单位" }).click();
  await expect(admin.getByRole("status")).toContainText(`已保存，现有成员单位 ${SCHOOLS} 个`);

  await admin.goto("/reports/periods");
  const plan = admin
    .getByTestId("period-plans")
    .locator("> li")
    .filter({ hasText: `${name}2026年教育工作要点` });
  await plan.getByRole("button", { name: /开启本期填报/ }).click();
  // One slot per school for the group's task, one for each 街道 spelling.
  await expect(plan.getByRole("status")).toContainText(`新增 ${SCHOOLS + 2} 个填报任务`);
}

/** A reporter's first sign-in: own password, then their one slot, reported. */
async function reportAsNewReporter(browser: Browser, baseURL: string | undefined, username: string, oneTimePassword: string, text: string) {
  const context = await browser.newContext({ baseURL, locale: "zh-CN", bypassCSP: true });
  const reporter = await context.newPage();
  await signIn(reporter, username, oneTimePassword);
  await changeOneTimePassword(reporter, oneTimePassword, `${username}-own-password`);
  await reporter.goto("/reports");
  await expect(reporter.getByTestId("slot-row")).toHaveCount(1);
  await reporter.getByTestId("slot-row").getByRole("link").click();
  await reporter.getByRole("textbox", { name: /工作进展/ }).fill(text);
  await reporter.getByRole("spinbutton", { name: /进度/ }).fill("50");
  await reporter.getByRole("button", { name: "提交", exact: true }).click();
  await expect(reporter.getByTestId("report-status")).toContainText("已提交，等待教育局审核");
  await context.close();
}

test("a new bureau goes live: accounts, schools, leader, merge, group reporting and single sign-on", async ({ page: admin, browser, baseURL }) => {
  await test.step("the platform admin opens the bureau; its admin changes the one-time password", async () => {
    await openBureauAndSignInAsItsAdmin(admin, code, name);
  });
  await test.step("the admin imports the plan", () => importPlan(admin));
  const passwords = await test.step("40 schools and 50 accounts from .xlsx", () => importSchoolsAndAccounts(admin));
  await test.step("the group reaches its 40 schools when the period opens", () => openGroupPeriod(admin));

  await test.step("the leader, linked by the import, starts on 我负责的", async () => {
    const context = await browser.newContext({ baseURL, locale: "zh-CN", bypassCSP: true });
    const leader = await context.newPage();
    const password = passwords.get(`${code}.leader`)!;
    await signIn(leader, `${code}.leader`, password);
    await changeOneTimePassword(leader, password, `${code}-leader-own`);
    // The dashboard offers the leader's own scope, and 我负责的 lists exactly the two tasks the plan gives 赵 丽.
    await expect(leader.getByRole("link", { name: "我负责的（赵丽）" })).toBeVisible();
    await leader.goto("/my-tasks");
    const mine = leader.getByTestId("my-task-list").getByTestId("task-row");
    await expect(mine).toHaveCount(2);
    await expect(mine.filter({ hasText: "推进城关片区校外培训治理" })).toHaveCount(1);
    await context.close();
  });

  const districtReport = "已排查校外培训机构12家，整改3家。";
  // The import already treats spelling variants (城关街道办事处 / 城关街道) as one unit; a name with the
  // city in front is only a likely duplicate, which the units page suggests and the admin merges.
  await test.step("the 街道 reports under one name; merging the two names keeps the report", async () => {
    await reportAsNewReporter(browser, baseURL, `${code}.jd`, passwords.get(`${code}.jd`)!, districtReport);
    await admin.goto("/units");
    const suggestion = admin.getByTestId("duplicate-suggestions").getByRole("listitem").filter({ hasText: "灵武市城关街道办事处" });
    await suggestion.getByRole("button", { name: /^合并到“/ }).click();
    // The kept unit's page opens once the merge is written.
    const heading = admin.getByRole("heading", { level: 1 });
    await expect(heading).toHaveText(/^(城关街道|灵武市城关街道办事处)$/);
    const keptName = (await heading.textContent())!;
    await admin.goto("/plans");
    await admin
      .getByTestId("plan-list")
      .getByRole("link", { name: `${name}2026年教育工作要点` })
      .click();
    await admin.getByRole("link", { name: "推进城关片区校外培训治理" }).click();
    await admin
      .getByTestId("task-slots")
      .getByRole("link", { name: new RegExp(`· ${keptName}$`) })
      .click();
    await expect(admin.getByText(districtReport)).toBeVisible();
  });

  await test.step("the first school reports; the group reads 已报 1 / 40", async () => {
    await reportAsNewReporter(browser, baseURL, `${code}.school01`, passwords.get(`${code}.school01`)!, "本校作业公示制度已落实。");
    await admin.goto(`/units?q=${encodeURIComponent(GROUP)}`);
    await admin.getByTestId("unit-list").getByRole("link", { name: GROUP }).click();
    await expect(admin.getByTestId("group-task-rollups")).toContainText(`已报 1 / ${SCHOOLS}`);
    // The plan page reads the same beside the group on its task.
    await admin.goto("/plans");
    await admin
      .getByTestId("plan-list")
      .getByRole("link", { name: `${name}2026年教育工作要点` })
      .click();
    const groupTask = admin.getByTestId("task-row").filter({ hasText: "落实“双减”要求" });
    await expect(groupTask.getByTestId("group-rollup")).toContainText(`已报 1 / ${SCHOOLS}`);
  });

  await test.step("the school's reporter signs in through 统一身份认证", async () => {
    await admin.context().clearCookies();
    await signInWithSso(admin, sso.account);
    await expect(admin.getByRole("heading", { name })).toBeVisible({ timeout: ROUND_TRIP_MS });
    await expect(admin.getByTestId("current-user")).toHaveText("一校填报员");
  });
});
