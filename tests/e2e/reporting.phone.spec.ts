// The reporting round trip on a phone: the bureau opens a period, a unit's
// clerk fills in and submits with a photo, the bureau returns it, the clerk
// fixes and resubmits, the bureau approves. Staff work in a second context.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { signIn } from "./helpers";
import { holdDemoWorld } from "./demo-world-lock";

holdDemoWorld();

const PLAN = "贺兰县教育质量提升行动实施方案";
const TENANT = "贺兰县教育体育局";
// A valid 1×1 PNG: the server checks the file's bytes, not only its name.
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64");

async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

async function staffPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL, locale: "zh-CN" });
  const page = await context.newPage();
  await signIn(page, "helan.staff");
  await expect(page.getByRole("heading", { name: TENANT })).toBeVisible();
  return page;
}

/** The dashboard's count of indicators with no approved actual yet. */
async function indicatorsWithoutData(staff: Page): Promise<number> {
  await staff.goto("/");
  const summary = await staff.getByTestId("indicator-summary").innerText();
  return Number(/无数据\s*(\d+)/.exec(summary)?.[1]);
}

async function review(staff: Page, taskTitle: string, decision: "通过" | "退回", comment = "") {
  await staff.goto("/review");
  const item = staff.getByTestId("review-item").filter({ hasText: taskTitle });
  await expect(item).toBeVisible();
  if (comment) await item.getByLabel(/审核意见/).fill(comment);
  await item.getByRole("button", { name: decision, exact: true }).click();
}

test("a clerk reports on a phone; the bureau returns, then approves", async ({ page, browser }) => {
  const staff = await staffPage(browser);
  await staff.goto("/reports/periods");
  const plan = staff.getByTestId("period-plans").locator("> li").filter({ hasText: PLAN });
  await plan.getByRole("button", { name: /开启本期填报/ }).click();
  await expect(plan.getByRole("status")).toContainText("已开启");
  await expect(plan).toContainText(/共 \d+ 项/);
  const noDataBefore = await indicatorsWithoutData(staff);
  expect(noDataBefore).toBeGreaterThan(0);

  // The clerk's list: this period's slots, waiting.
  await signIn(page, "helan.reporter");
  await expect(page.getByRole("heading", { name: TENANT })).toBeVisible();
  await page.goto("/reports");
  const firstRow = page.getByTestId("slot-row").first();
  await expect(firstRow.getByTestId("slot-status")).toContainText("待填报");
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  await firstRow.getByRole("link").click();
  await expect(page.getByTestId("report-form")).toBeVisible();
  const slotUrl = page.url();
  const taskTitle = (await page.getByTestId("task-summary").getByRole("heading").innerText()).replace(/^\d+\.\s*/, "").trim();
  const ownUnit = (await page.getByTestId("slot-unit").innerText()).trim();
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);

  // Draft: typed text is saved on its own.
  await page.getByRole("textbox", { name: /工作进展/ }).fill("已召开专题部署会，制定校本实施方案。");
  await page.getByRole("spinbutton", { name: /进度/ }).fill("40");
  // The task's own target (e.g. "5 堂"): the actual counts on the dashboard once approved.
  await page.getByTestId("actuals").getByRole("textbox").first().fill("5");
  await expect(page.getByTestId("save-status")).toContainText("已自动保存", { timeout: 10_000 });

  await page.getByLabel("上传附件").setInputFiles({ name: "现场照片.png", mimeType: "image/png", buffer: PNG });
  const attachment = page.getByTestId("attachments").getByRole("link", { name: "现场照片.png" });
  await expect(attachment).toBeVisible();
  const download = await page.request.get((await attachment.getAttribute("href"))!);
  expect(download.status()).toBe(200);
  expect(download.headers()["content-type"]).toBe("image/png");
  expect(download.headers()["x-content-type-options"]).toBe("nosniff");
  expect(download.headers()["content-disposition"]).toContain("filename*=UTF-8''%E7%8E%B0%E5%9C%BA");

  await page.getByRole("button", { name: "提交", exact: true }).click();
  await expect(page.getByTestId("report-status")).toContainText("已提交，等待教育局审核");
  await expect(page.getByTestId("task-summary").getByTestId("slot-status")).toContainText("已提交");
  await expect(page.getByTestId("report-form")).toHaveCount(0);

  // The bureau sends it back with a reason.
  await review(staff, taskTitle, "退回", "请补充会议纪要和签到表");
  await expect(staff.getByRole("status").filter({ hasText: taskTitle })).toContainText("已退回");

  await page.reload();
  await expect(page.getByTestId("return-comment")).toContainText("请补充会议纪要和签到表");
  await expect(page.getByTestId("task-summary").getByTestId("slot-status")).toContainText("已退回");
  await expect(page.getByTestId("report-history")).toContainText("退回修改");
  const summary = page.getByRole("textbox", { name: /工作进展/ });
  await expect(summary).toHaveValue("已召开专题部署会，制定校本实施方案。");
  await summary.fill("已召开专题部署会，制定校本实施方案；会议纪要和签到表已上传。");
  await page.getByRole("spinbutton", { name: /进度/ }).fill("60");
  await page.getByRole("button", { name: "提交", exact: true }).click();
  await expect(page.getByTestId("report-status")).toContainText("已提交，等待教育局审核");
  await expect(page.getByTestId("report-history")).toContainText("重新提交");

  await review(staff, taskTitle, "通过");
  await expect(staff.getByRole("status").filter({ hasText: taskTitle })).toContainText("已审核通过");
  await staff.reload();
  await expect(staff.getByTestId("review-item").filter({ hasText: taskTitle })).toHaveCount(0);
  // Approved: the dashboard now judges that indicator instead of showing 无数据.
  expect(await indicatorsWithoutData(staff)).toBe(noDataBefore - 1);

  await page.reload();
  await expect(page.getByTestId("report-status")).toContainText("已通过审核");
  await expect(page.getByTestId("task-summary").getByTestId("slot-status")).toContainText("已通过");
  await expect(page.getByText("会议纪要和签到表已上传")).toBeVisible();
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);

  // The decisions reached the clerk's inbox; opening one marks it read and follows its link.
  await page.goto("/inbox");
  const approved = page.getByTestId("inbox-list").locator("li[data-unread]").filter({ hasText: "报告已通过" }).first();
  await expect(approved).toBeVisible();
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  await approved.getByRole("button").click();
  await expect(page).toHaveURL(slotUrl);
  await page.goto("/inbox");
  await expect(page.getByTestId("inbox-list").locator("li").filter({ hasText: "报告已通过" }).first()).not.toHaveAttribute("data-unread", "true");
  // The opened message is read and not counted again; the rest are whatever is still unread:
  // the 退回 notice, and any the scheduled jobs sent meanwhile (亮灯 at 07:30 China time).
  const unread = await page.getByTestId("inbox-list").locator("li[data-unread]").count();
  expect(unread).toBeGreaterThanOrEqual(1);
  await page.getByRole("button", { name: "全部标为已读" }).click();
  await expect(page.getByRole("status")).toContainText(`已将 ${unread} 条消息标为已读`);
  await expect(page.getByTestId("inbox-list").locator("li[data-unread]")).toHaveCount(0);

  // Another unit's slot, a malformed id: both simply do not exist for this clerk.
  await staff.goto("/reports?status=all");
  const rows = await staff
    .getByTestId("slot-row")
    .evaluateAll((lis) =>
      lis.map((li) => ({ href: li.querySelector("a")!.getAttribute("href")!, unit: li.querySelector("[data-testid=slot-unit]")?.textContent?.trim() })),
    );
  const foreign = rows.find((r) => r.unit && r.unit !== ownUnit);
  expect(foreign, "a slot of another unit").toBeTruthy();
  expect((await page.goto(foreign!.href))?.status()).toBe(404);
  await expect(page.getByText("页面不存在或您无权访问")).toBeVisible();
  expect((await page.goto("/reports/not-a-slot"))?.status()).toBe(404);
  // Reviewing and opening periods are the bureau's.
  expect((await page.goto("/review"))?.status()).toBe(404);
  expect((await page.goto("/reports/periods"))?.status()).toBe(404);
  await staff.context().close();
});
