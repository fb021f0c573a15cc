// 最多报一次 in the browser (decision 0035): before approving a value that
// differs from one already approved for the same definition and date, the
// reviewer sees the other value, where it came from and which one counts.
// Reads only (report-once-world.ts, a bureau of its own).
import { expect, test } from "@playwright/test";
import { seriousAxeViolations } from "./axe";
import { signIn } from "./helpers";
import { REPORT_ONCE } from "./report-once-world";

test("the reviewer sees the conflicting approved value, its source and which counts; each plan's indicator shows it", async ({ page }) => {
  await signIn(page, REPORT_ONCE.staff);
  await expect(page.getByRole("heading", { name: REPORT_ONCE.name })).toBeVisible({ timeout: 30_000 });
  await page.goto("/review");
  const notice = page.getByTestId("review-conflict");
  await expect(notice).toContainText("与已审核数值不一致：88%");
  await expect(notice).toContainText("以先审核的 88% 为准");
  await expect(notice.getByRole("link", { name: new RegExp(`${REPORT_ONCE.school} · 2024年第一季度 · 报一次演练工作要点 任务 1`) })).toBeVisible();
  expect(await seriousAxeViolations(page)).toEqual([]);

  // Either plan's indicator shows the value reported once on the work points, with its source.
  await page.goto("/indicators?q=覆盖率");
  await page.getByRole("link", { name: "覆盖率", exact: true }).last().click();
  await expect(page).toHaveURL(/\/indicators\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId("counted-value")).toHaveCount(1);
  await expect(page.getByTestId("counted-value")).toContainText("88%");
  await expect(page.getByTestId("counted-value")).toContainText("报一次演练工作要点 任务 1");
  await expect(page.getByTestId("indicator-trend")).toBeVisible();
  expect(await seriousAxeViolations(page)).toEqual([]);
});
