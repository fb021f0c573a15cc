import { expect, test, type Browser } from "@playwright/test";
import { signIn } from "./helpers";

async function as(browser: Browser, baseURL: string | undefined, username: string) {
  const context = await browser.newContext({ baseURL, locale: "zh-CN", bypassCSP: true });
  const page = await context.newPage();
  await signIn(page, username);
  await expect(page.getByRole("navigation", { name: "主导航" })).toBeVisible({ timeout: 30_000 });
  return page;
}

test("交办 → 签收 on 我负责的 → 办结销号 requested with evidence and approved in the staff's list", async ({ browser, baseURL }) => {
  // Three accounts and two page loads per step: more than the default minute on a busy machine.
  test.setTimeout(180_000);
  const reporter = await as(browser, baseURL, "helan.reporter");
  await reporter.goto("/my-tasks");
  const taskPath = await reporter.getByTestId("task-row").first().getByRole("link").first().getAttribute("href");
  expect(taskPath).toMatch(/^\/tasks\/[0-9a-f-]{36}$/);

  const staff = await as(browser, baseURL, "helan.staff");
  await test.step("staff assign the task to its units", async () => {
    await staff.goto(taskPath!);
    const panel = staff.getByTestId("supervision-panel");
    await panel.getByRole("button", { name: /^交办/ }).click();
    // The page refreshes with the units' state (the button goes: nothing is left to assign).
    await expect(panel.getByRole("button", { name: /^交办/ })).toHaveCount(0);
    await expect(panel).toContainText("待签收");
  });

  await test.step("the reporter sees it 待签收 on 我负责的 and signs for it", async () => {
    await reporter.goto("/my-tasks");
    const card = reporter
      .getByTestId("awaiting-ack")
      .locator("li")
      .filter({ has: reporter.locator(`a[href="${taskPath}"]`) });
    await card.getByRole("button", { name: "签收" }).click();
    await expect(card).toHaveCount(0);
    await reporter.goto(taskPath!);
    await expect(reporter.getByTestId("task-history")).toContainText("签收");
  });

  await test.step("the lead unit's closing request (made by staff on its behalf) is approved in /supervision/requests", async () => {
    await staff.goto(taskPath!);
    const panel = staff.getByTestId("supervision-panel");
    await panel.locator("summary", { hasText: "申请办结销号" }).click();
    const closing = panel.getByRole("form", { name: "办结销号申请" });
    await closing.getByLabel("完成情况报告").fill("各项工作已完成，已组织验收");
    await closing
      .getByLabel(/佐证材料/)
      .setInputFiles({ name: "验收报告.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.7\n验收报告\n%%EOF\n") });
    await closing.getByRole("button", { name: "申请办结销号" }).click();
    await expect(closing.getByRole("status")).toContainText("已提交办结销号申请");

    await staff.goto("/supervision/requests?kind=closing");
    const row = staff
      .getByTestId("request-list")
      .locator("li")
      .filter({ has: staff.locator(`a[href="${taskPath}"]`) });
    await expect(row.getByRole("link", { name: "验收报告.pdf" })).toBeVisible();
    await row.getByRole("button", { name: "同意销号" }).click();
    // Decided, it leaves the pending list.
    await expect(row).toHaveCount(0);
    await staff.goto(taskPath!);
    await expect(staff.getByTestId("supervision-panel")).toContainText("已销号");
    await expect(staff.getByTestId("task-history")).toContainText("办结销号");
  });
});
