import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";
import { holdDemoWorld } from "./demo-world-lock";

holdDemoWorld();

// 完成时限 from the document, corrected in the review, stored, and 逾期 on the
// task page once the date has passed (dates in 2020, so always past).
const DOCUMENT = [
  "测试区教育局2020年工作要点",
  "一、提升教育质量",
  "1.推进课后服务",
  "工作举措：全面推进课后服务提质增效。",
  "责任单位：测试区基础教育科",
  "完成时限：2020年6月底前",
  "2.加强师德师风建设",
  "工作举措：开展师德专题教育。",
  "完成时限：长期坚持",
  "3.推进集团化办学",
  "工作举措：组建教育集团2个。",
].join("\n");

test("the review shows 完成时限 and its date, a corrected date is stored, and a past one shows 逾期", async ({ page }) => {
  await signIn(page, "huiji.admin");
  // Generous: signing in hashes a password, slow on a busy machine.
  await expect(page.getByRole("heading", { name: "惠济区教育局" })).toBeVisible({ timeout: 30_000 });
  await page.goto("/plans/import");
  await page.locator('input[type="file"]').setInputFiles({ name: "时限.txt", mimeType: "text/plain", buffer: Buffer.from(DOCUMENT, "utf8") });
  await page.getByRole("button", { name: "解析预览" }).click();
  await expect(page.getByTestId("import-review")).toBeVisible({ timeout: 30_000 });

  const cards = page.getByTestId("draft-task");
  await expect(cards.nth(0).getByTestId("draft-task-deadline")).toHaveText("完成时限 2020-06-30（原文：2020年6月底前）");
  await expect(cards.nth(1).getByTestId("draft-task-deadline")).toHaveText("完成时限 长期/持续（原文：长期坚持）");
  await expect(cards.nth(2).getByTestId("draft-task-deadline")).toHaveText("完成时限 未写明");

  const third = cards.nth(2);
  await third.getByRole("button", { name: "编辑" }).click();
  await third.getByLabel("完成日期", { exact: true }).fill("2020-09-30");
  await third.getByRole("button", { name: "完成" }).click();
  await expect(third.getByTestId("draft-task-deadline")).toHaveText("完成时限 2020-09-30");

  await page.getByRole("button", { name: "确认导入" }).click();
  await expect(page).toHaveURL(/\/plans\/[0-9a-f-]{36}$/, { timeout: 30_000 });
  const rows = page.getByTestId("task-row");
  // A row says overdue once, by its 红灯 badge (the page head keeps the 逾期 chip).
  await expect(rows.nth(0).getByTestId("task-light")).toHaveAttribute("data-light", "red");
  await expect(rows.nth(0).getByTestId("task-overdue")).toHaveCount(0);
  await expect(rows.nth(1).getByTestId("task-light")).not.toHaveAttribute("data-light", "red");
  await expect(rows.nth(2).getByTestId("task-deadline")).toContainText("2020-09-30");

  await page.getByRole("link", { name: "推进课后服务" }).click();
  await expect(page).toHaveURL(/\/tasks\/[0-9a-f-]{36}$/, { timeout: 30_000 });
  await expect(page.getByTestId("task-deadline")).toContainText("完成时限 2020-06-30（2020年6月底前）");
  await expect(page.getByTestId("task-overdue")).toBeVisible();
});
