// The bureau dashboard in a real browser: a leader's figures, each clicked
// through to the task list that must show the same count; an imported
// (approved) actual turning an indicator from 无数据 into a judgement with a
// trend chart; and screenshots at desktop and phone widths. Numbers are read
// from the page and checked against independent counts, never hard-coded, so
// added demo activity does not break the test. No link prefetches its page.
import ExcelJS from "exceljs";
import { expect, test, type Page } from "@playwright/test";
import { openJinfengPlan, signIn } from "./helpers";
import { holdDemoWorld } from "./demo-world-lock";

holdDemoWorld();

const STATUSES = ["not_started", "in_progress", "completed", "delayed", "paused"] as const;
const INDICATOR = "确保残疾儿童入学率达95%以上";
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const numberOf = async (page: Page, testId: string) => Number((await page.getByTestId(testId).innerText()).trim());
const listCount = async (page: Page) => Number(/(\d+) 项任务/.exec(await page.getByTestId("task-count").innerText())?.[1]);

/** Clicks a dashboard figure and checks the task list behind it shows the same number. */
async function clickThrough(page: Page, figure: ReturnType<Page["getByTestId"]>, expected: number, url: RegExp) {
  await figure.click();
  await expect(page).toHaveURL(url);
  await expect(page.getByTestId("task-count")).toContainText(`${expected} 项任务`);
  expect(await listCount(page)).toBe(expected);
  if (expected > 0 && expected <= 20) await expect(page.getByTestId("task-list").getByTestId("task-row")).toHaveCount(expected);
  await page.goBack();
}

test("a leader's dashboard: figures add up and each links to a task list with the same count", async ({ page }) => {
  // Links fetch their page when clicked, not as they scroll into view (decision 0048): a
  // dashboard of a hundred linked figures must not make the server render a hundred pages.
  const prefetched: string[] = [];
  page.on("request", (r) => {
    if (r.headers()["next-router-prefetch"]) prefetched.push(r.url());
  });
  await signIn(page, "jinfeng.leader");
  await expect(page.getByRole("heading", { name: "金凤区教育局" })).toBeVisible();
  const scope = page.getByRole("navigation", { name: "统计范围" });
  // A leader starts on 我负责的, named after the person linked to the account.
  await expect(scope.getByRole("link", { name: /我负责的（.+）/ })).toHaveAttribute("aria-current", "page");

  const total = await numberOf(page, "stat-total-value");
  expect(total).toBeGreaterThan(0);
  let sum = 0;
  for (const s of STATUSES) sum += await numberOf(page, `status-${s}-value`);
  expect(sum).toBe(total);
  await expect(page.getByTestId("stat-completed")).toContainText(`/${total} 项`);

  await test.step("the total and a status lead to the same count, restricted to 我负责的", async () => {
    await clickThrough(page, page.getByTestId("stat-total"), total, /\/tasks\?mine=1$/);
    const notStarted = await numberOf(page, "status-not_started-value");
    await clickThrough(page, page.getByTestId("status-not_started"), notStarted, /\/tasks\?mine=1&status=not_started$/);
    // The same tasks as the 我负责的 page lists.
    await page.goto("/my-tasks");
    await expect(page.getByRole("navigation", { name: "分页" })).toContainText(`共 ${total} 条`);
    await page.goBack();
  });

  await test.step("a leader's row in the breakdown leads to that leader's tasks", async () => {
    const row = page.getByTestId("breakdown-leaders").getByTestId("breakdown-row").first();
    const name = (await row.getByRole("rowheader").innerText()).trim();
    const count = Number(await row.getByTestId("cell-total").innerText());
    await row.getByTestId("cell-total").click();
    await expect(page).toHaveURL(/\/tasks\?mine=1&leader=[0-9a-f-]{36}$/);
    expect(await listCount(page)).toBe(count);
    await expect(page.getByTestId("task-filter-summary")).toContainText(`责任领导：${name}`);
    for (const names of await page.getByTestId("task-row").getByTestId("task-leaders").allInnerTexts()) expect(names).toContain(name);
    await page.goBack();
  });

  await test.step("全局: the whole bureau, equal to the sum of its plans' task counts", async () => {
    await scope.getByRole("link", { name: "全局" }).click();
    await expect(page).toHaveURL(/\/\?mine=0$/);
    await expect(scope.getByRole("link", { name: "全局" })).toHaveAttribute("aria-current", "page");
    const all = await numberOf(page, "stat-total-value");
    expect(all).toBeGreaterThanOrEqual(total);
    // The bureau's sections: the first ten drawn, the rest one tap away without a request.
    const sections = page.getByTestId("breakdown-sections");
    const toggle = sections.getByTestId("breakdown-toggle");
    await expect(toggle, "the demo bureau has more than ten sections with tasks").toBeVisible();
    const sectionCount = Number(/显示全部 (\d+) 行/.exec(await toggle.innerText())?.[1]);
    expect(sectionCount).toBeGreaterThan(10);
    await expect(sections.getByTestId("breakdown-row")).toHaveCount(10);
    const requests: string[] = [];
    const record = (request: { url: () => string }) => requests.push(request.url());
    page.on("request", record);
    await toggle.click();
    await expect(sections.getByTestId("breakdown-row")).toHaveCount(sectionCount);
    await expect(toggle).toHaveText("收起，只显示前 10 行");
    await toggle.click();
    await expect(sections.getByTestId("breakdown-row")).toHaveCount(10);
    page.off("request", record);
    expect(requests, "showing and hiding rows asks the server nothing").toEqual([]);
    const delayed = await numberOf(page, "stat-delayed-value");
    await clickThrough(page, page.getByTestId("stat-delayed"), delayed, /\/tasks\?status=delayed$/);

    await page.goto("/plans");
    const hrefs = await page
      .getByTestId("plan-list")
      .getByRole("link")
      .evaluateAll((links) => [...new Set(links.map((a) => a.getAttribute("href")!))]);
    let planTotal = 0;
    for (const href of hrefs.filter((h) => /^\/plans\/[0-9a-f-]{36}$/.test(h))) {
      await page.goto(href);
      planTotal += Number(/共 (\d+) 项任务/.exec(await page.getByTestId("task-count").innerText())?.[1]);
    }
    expect(planTotal).toBe(all);
  });
  expect(prefetched, "pages fetched in the background").toEqual([]);
});

test("an approved actual gives an indicator its judgement and trend; screenshots at desktop and phone widths", async ({ page }) => {
  await test.step("staff import an actual through the ledger (imported values count as approved)", async () => {
    const planPath = await openJinfengPlan(page, "jinfeng.staff");
    const exported = await page.request.get(`/api/v1${planPath}/ledger.xlsx`);
    expect(exported.status()).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await exported.body()) as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet("工作台账")!;
    let headerRow = 0;
    for (let r = 1; r <= 20 && !headerRow; r++) if ((sheet.getRow(r).values as unknown[]).includes("指标ID")) headerRow = r;
    const headers = (sheet.getRow(headerRow).values as unknown[]).map((v) => String(v ?? ""));
    const col = (h: string) => headers.indexOf(h);
    let target = 0;
    for (let r = headerRow + 1; r <= sheet.rowCount && !target; r++) if (String(sheet.getRow(r).getCell(col("指标")).value ?? "") === INDICATOR) target = r;
    expect(target, `ledger row for ${INDICATOR}`).toBeGreaterThan(0);
    sheet.getRow(target).getCell(col("实际值")).value = 96;
    sheet.getRow(target).getCell(col("截至日期")).value = new Date(Date.UTC(2022, 11, 31));
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());

    await page.goto(`${planPath}/ledger`);
    await page.getByLabel(/填写好的台账文件/).setInputFiles({ name: "台账.xlsx", mimeType: XLSX, buffer });
    await page.getByRole("button", { name: "导入实际值" }).click();
    await expect(page.getByText("已导入 1 行")).toBeVisible();
    await page.getByRole("button", { name: "退出登录" }).click();
    await expect(page).toHaveURL(/\/login/);
  });

  await signIn(page, "jinfeng.leader");
  await expect(page.getByRole("heading", { name: "金凤区教育局" })).toBeVisible();
  await page.goto("/?mine=0");
  await page.getByTestId("indicator-summary").getByRole("link", { name: /^正常/ }).click();
  await expect(page).toHaveURL(/judgement=on-track/);
  const row = page.locator(`[data-testid="indicator-row"][data-indicator="${INDICATOR}"]`);
  // ≥ 95 with no baseline: judged against the target; 96 is within 2% of it.
  await expect(row.getByTestId("judgement")).toHaveAttribute("data-judgement", "on-track");
  await expect(row.getByTestId("judgement")).toContainText("正常");
  await expect(row.getByTestId("indicator-latest")).toContainText(/96\D*（2022-12-31）/);
  await expect(row.getByTestId("indicator-trend").locator("svg.recharts-surface").first()).toBeVisible();
  await expect(page.getByTestId("indicator-summary")).toBeVisible();
  await expect(page.getByTestId("breakdown-sections")).toBeVisible();

  await page.screenshot({ path: test.info().outputPath("dashboard-desktop.png"), fullPage: true });

  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await expect(row.getByTestId("indicator-trend").locator("svg.recharts-surface").first()).toBeVisible();
  // Tables scroll inside their own box: the page itself never scrolls sideways.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const chartWidth = await row.getByTestId("indicator-trend").evaluate((el) => el.getBoundingClientRect().width);
  expect(chartWidth).toBeGreaterThan(200);
  expect(chartWidth).toBeLessThanOrEqual(390);
  await page.screenshot({ path: test.info().outputPath("dashboard-phone.png"), fullPage: true });
  await page.goto("/");
  await expect(page.getByTestId("stat-total")).toBeVisible();
  await expect(page.getByTestId("indicator-section")).toBeVisible();
  await page.screenshot({ path: test.info().outputPath("dashboard-phone-mine.png"), fullPage: true });
});

test("a bureau with many indicators pages through them and filters by judgement", async ({ page }) => {
  await signIn(page, "xingqing.staff");
  const section = page.getByTestId("indicator-section");
  const summary = page.getByTestId("indicator-summary");
  const countOf = async (label: string) => Number(new RegExp(`${label}\\s*(\\d+)`).exec(await summary.innerText())?.[1]);
  const all = await countOf("全部");
  expect(all).toBeGreaterThan(10);
  const rows = section.getByTestId("indicator-row");
  await expect(rows).toHaveCount(10);
  const pager = section.getByRole("navigation", { name: "分页" });
  await expect(pager).toContainText(`共 ${all} 条 · 第 1/${Math.ceil(all / 10)} 页`);
  const firstOnPage1 = await rows.first().getAttribute("data-indicator");
  await pager.getByRole("link", { name: "下一页" }).click();
  await expect(pager).toContainText(`第 2/${Math.ceil(all / 10)} 页`);
  expect(await rows.first().getAttribute("data-indicator")).not.toBe(firstOnPage1);

  // Each judgement filter shows exactly its count, and only that judgement.
  for (const [label, judgement] of [
    ["无数据", "no-data"],
    ["滞后", "behind"],
  ] as const) {
    const expected = await countOf(label);
    await summary.getByRole("link", { name: new RegExp(`^${label}`) }).click();
    await expect(page).toHaveURL(new RegExp(`judgement=${judgement}`));
    await expect(summary.getByRole("link", { name: new RegExp(`^${label}`) })).toHaveAttribute("aria-current", "true");
    await expect(rows).toHaveCount(Math.min(expected, 10));
    if (expected > 0) await expect(section.locator(`[data-testid="judgement"]:not([data-judgement="${judgement}"])`)).toHaveCount(0);
  }
});

test("a page past the last of a list (a shared link, a list that shrank) shows the last page, not “none” over 第 999/3 页", async ({ page }) => {
  await signIn(page, "jinfeng.staff");
  await expect(page.getByRole("heading", { name: "金凤区教育局" })).toBeVisible();
  await page.goto("/tasks?page=999");
  const pager = page.getByRole("navigation", { name: "分页" });
  const [, current, last] = /第 (\d+)\/(\d+) 页/.exec(await pager.innerText())!;
  expect(current).toBe(last);
  expect(Number(last)).toBeGreaterThan(1);
  await expect(page).toHaveURL(new RegExp(`/tasks\\?page=${last}$`));
  await expect(page.getByTestId("task-row").first()).toBeVisible();
  // The list as filtered (here: not at all) exports whole, not a page of it.
  await expect(page.getByRole("link", { name: "导出 Excel" })).toHaveAttribute("href", "/api/v1/tasks.xlsx");
});
