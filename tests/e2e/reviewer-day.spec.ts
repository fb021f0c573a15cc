// The reviewer's day in the browser: the 待办 row and the 审核 count, ticking a
// report and approving it in one step, and a period's page sorted by a header.
// Uses 惠济区 (few other specs touch its reports) and approves one report only.
import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";
import { holdDemoWorld } from "./demo-world-lock";

holdDemoWorld();

test("staff see what waits, approve a ticked report, and open a period's slots", async ({ page }) => {
  await signIn(page, "huiji.staff");
  // Signing in on a busy machine takes a while.
  await expect(page.getByRole("heading", { name: "惠济区教育局" })).toBeVisible({ timeout: 30_000 });
  const queues = page.getByTestId("staff-queues");
  for (const label of ["待审核", "待签收", "延期申请", "销号申请", "督办单待回复"]) await expect(queues).toContainText(label);
  const waiting = Number(await page.getByTestId("queue-toReview").locator("p").nth(1).innerText());

  await page.goto("/review");
  const items = page.getByTestId("review-item");
  if (waiting > 0) {
    await expect(page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: new RegExp(`^审核\\s?（待审核 ${waiting}）$`) })).toBeVisible();
    const first = items.first();
    await first.getByRole("checkbox").check();
    await page.getByRole("button", { name: "通过所选（1）" }).click();
    await expect(page.getByRole("status").filter({ hasText: "已通过 1 份报告" })).toBeVisible();
  } else {
    await expect(page.getByText("暂无待审核的报告")).toBeVisible();
  }
  await page.goto("/review?status=approved");
  await expect(page.getByRole("combobox", { name: "状态" })).toHaveValue("approved");
  await page.getByRole("checkbox", { name: "仅我可审核的" }).check();
  await page.getByRole("button", { name: "筛选" }).click();
  await expect(page).toHaveURL(/others=1/);
  await expect(page.getByRole("checkbox", { name: "仅我可审核的" })).toBeChecked();

  await page.goto("/reports/periods");
  const plan = page.getByTestId("period-plans").locator("> li").first();
  await plan.getByRole("button", { name: /开启本期填报/ }).click();
  await expect(plan.getByRole("status")).toContainText("个填报任务");
  await plan.locator("ul a").first().click();
  await expect(page).toHaveURL(/\/reports\/periods\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId("period-slots")).toBeVisible();
  await page.getByTestId("period-slots").getByRole("link", { name: /^单位/ }).click();
  await expect(page).toHaveURL(/sort=unit&dir=desc/);
  await expect(page.getByRole("button", { name: /一键催办/ })).toBeVisible();
});
