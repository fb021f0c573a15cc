// The group units' round trip, shared by the desktop and phone specs (each on
// a bureau of its own, group-fixtures.ts): the admin sets the group's members
// from the suggested rule and opens the period, one school's reporter submits,
// and the admin's task page shows 已报 1 / N and drills down to the schools.
import { expect, type Browser, type Page } from "@playwright/test";
import { axeViolations } from "./axe";
import { FIRST_SCHOOL, GROUP_KINDERGARTENS, GROUP_NAME, GROUP_PLAN, GROUP_SCHOOLS, GROUP_TASK } from "./group-world";
import { signIn } from "./helpers";

const MEMBERS = GROUP_SCHOOLS + GROUP_KINDERGARTENS;
/** Signing in hashes a password: slow on a busy 2-core machine. */
const SIGN_IN_MS = 30_000;

async function fitsScreen(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
}

async function accessible(page: Page) {
  expect(await axeViolations(page)).toEqual([]);
}

export async function groupRoundTrip(admin: Page, browser: Browser, code: string, baseURL: string | undefined, isMobile: boolean) {
  await signIn(admin, `${code}.admin`);
  await expect(admin.getByRole("heading", { name: /群体测试区教育局/ })).toBeVisible({ timeout: SIGN_IN_MS });
  await admin.goto(`/units?q=${encodeURIComponent(GROUP_NAME)}`);
  await admin.getByTestId("unit-list").getByRole("link", { name: GROUP_NAME }).click();

  // No members yet: the page says so and offers the rule the name suggests.
  await expect(admin.getByText("尚未设置成员单位")).toBeVisible();
  await expect(admin.getByRole("checkbox", { name: "全部中小学校" })).toBeChecked();
  await expect(admin.getByRole("checkbox", { name: "全部幼儿园" })).toBeChecked();
  await expect(admin.getByRole("checkbox", { name: "全部街道乡镇" })).not.toBeChecked();
  await fitsScreen(admin);
  await accessible(admin);
  await admin.getByRole("button", { name: "保存成员单位" }).click();
  await expect(admin.getByRole("status")).toContainText(`已保存，现有成员单位 ${MEMBERS} 个`);
  await expect(admin.getByRole("heading", { name: `成员单位（${MEMBERS}）` })).toBeVisible();

  await admin.goto("/reports/periods");
  const plan = admin.getByTestId("period-plans").locator("> li").filter({ hasText: GROUP_PLAN });
  await plan.getByRole("button", { name: /开启本期填报/ }).click();
  await expect(plan.getByRole("status")).toContainText(`新增 ${MEMBERS} 个填报任务`);

  // The first school's reporter: one slot, its own, and submits.
  const context = await browser.newContext({
    baseURL,
    locale: "zh-CN",
    bypassCSP: true,
    ...(isMobile ? { viewport: { width: 412, height: 839 }, isMobile: true, hasTouch: true } : {}),
  });
  const school = await context.newPage();
  await signIn(school, `${code}.school`);
  await expect(school.getByRole("heading", { name: /群体测试区教育局/ })).toBeVisible({ timeout: SIGN_IN_MS });
  await school.goto("/reports");
  await expect(school.getByTestId("slot-row")).toHaveCount(1);
  await expect(school.getByTestId("slot-row")).toContainText(GROUP_TASK);
  await school.getByTestId("slot-row").getByRole("link").click();
  await expect(school.getByTestId("report-form")).toBeVisible();
  await school.getByRole("textbox", { name: /工作进展/ }).fill("本校完成作业公示制度，每周抽查两次。");
  await school.getByRole("spinbutton", { name: /进度/ }).fill("60");
  await school.getByRole("button", { name: "提交", exact: true }).click();
  await expect(school.getByTestId("report-status")).toContainText("已提交，等待教育局审核");
  await fitsScreen(school);
  await context.close();

  // The admin: the group's line reads 已报 1 / N and opens onto each school's slot.
  await admin.goto(`/units?q=${encodeURIComponent(GROUP_NAME)}`);
  await admin.getByTestId("unit-list").getByRole("link", { name: GROUP_NAME }).click();
  const rollups = admin.getByTestId("group-task-rollups");
  await expect(rollups).toContainText(`已报 1 / ${MEMBERS}`);
  await rollups.getByRole("link", { name: new RegExp(GROUP_TASK.slice(0, 6)) }).click();
  const line = admin.getByTestId("group-lines").locator("li").first();
  await expect(line.getByTestId("group-rollup")).toHaveText(`已报 1 / ${MEMBERS}`);
  await line.getByText(GROUP_NAME).click();
  const members = line.getByRole("list", { name: /成员单位填报/ });
  await expect(members.getByRole("listitem")).toHaveCount(MEMBERS);
  await expect(members.getByRole("listitem").filter({ hasText: FIRST_SCHOOL })).toContainText("已提交");
  await expect(members.getByRole("listitem").filter({ hasText: "第02小学" })).toContainText("待填报");
  await fitsScreen(admin);
  await accessible(admin);
  await members.getByRole("link", { name: FIRST_SCHOOL }).click();
  await expect(admin.getByText("本校完成作业公示制度，每周抽查两次。")).toBeVisible();
}
