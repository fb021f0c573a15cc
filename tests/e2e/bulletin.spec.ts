// The bulletins (通报) in a real browser: a plan's, reached from the plan page,
// with its period picker, Word and PDF downloads (the PDF printed by the real
// Chromium renderer with the caller's cookies); a city viewer's, ranking its districts.
import { expect, test } from "@playwright/test";
import { JINFENG_PLAN, signIn } from "./helpers";
import { holdDemoWorld } from "./demo-world-lock";
import { expectPrintedPdf } from "./printed-pdf";

holdDemoWorld();

test("staff open a plan's bulletin, switch period and download it as Word and PDF", async ({ page }) => {
  // The first sign-in after the server starts may be slow on a busy machine: wait for it longer than the helper does.
  await signIn(page, "jinfeng.staff");
  await expect(page.getByRole("heading", { name: "金凤区教育局" })).toBeVisible({ timeout: 30_000 });
  await page.goto("/plans");
  await page.getByTestId("plan-list").getByRole("link", { name: JINFENG_PLAN }).click();
  await expect(page).toHaveURL(/\/plans\/[0-9a-f-]{36}$/);
  const planPath = new URL(page.url()).pathname;
  await page.getByRole("link", { name: "通报", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${planPath}/bulletin$`));
  // The seeded plan has no period yet: the page says what to do, and the files say the same (409).
  await expect(page.getByRole("status")).toContainText("还没有已开始的填报期");
  expect((await page.request.get(`/api/v1${planPath}/bulletin.docx`)).status()).toBe(409);
  await page.getByRole("link", { name: "前往填报期" }).click();
  const row = page.getByTestId("period-plans").locator("> li").filter({ hasText: JINFENG_PLAN });
  await row.getByRole("button", { name: /开启本期填报/ }).click();
  await expect(row.getByRole("status")).toContainText("已开启");
  await page.goto(`${planPath}/bulletin`);
  await expect(page.getByTestId("bulletin-title")).toContainText(`《${JINFENG_PLAN}》推进情况的通报`);
  await expect(page.getByTestId("bulletin-number")).toHaveText(/^金教督通〔\d{4}〕\d+号$/);
  const ranking = page.getByRole("table", { name: "二、单位排名" });
  await expect(ranking.getByRole("columnheader", { name: "按时报送率" })).toBeVisible();
  expect(await ranking.getByRole("row").count()).toBeGreaterThan(1);

  const picker = page.getByTestId("bulletin-picker");
  const options = await picker.locator("option").evaluateAll((els) => els.map((e) => (e as HTMLOptionElement).value));
  expect(options.length).toBeGreaterThan(0);
  const other = options.at(-1)!;
  await picker.selectOption(other);
  await page.getByRole("button", { name: "查看" }).click();
  await expect(page).toHaveURL(new RegExp(`${planPath}/bulletin\\?period=${other}$`));
  await expect(page.getByRole("link", { name: "下载 Word" })).toHaveAttribute("href", `/api/v1${planPath}/bulletin.docx?period=${other}`);

  const docx = await page.request.get(`/api/v1${planPath}/bulletin.docx?period=${other}`);
  expect(docx.status()).toBe(200);
  expect((await docx.body()).subarray(0, 2).toString("latin1")).toBe("PK");

  const body = await expectPrintedPdf(await page.request.get(`/api/v1${planPath}/bulletin.pdf?period=${other}`));
  expect(body.byteLength).toBeGreaterThan(5_000);

  await test.step("on a phone's width the ranking scrolls on its own, a unit's name six characters a line", async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await expect(ranking.locator("tbody tr").first()).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    const lineHeight = await ranking
      .locator("tbody td")
      .first()
      .evaluate((td) => parseFloat(getComputedStyle(td).lineHeight));
    for (const row of await ranking.locator("tbody tr").all()) {
      const name = row.locator("td").nth(1);
      const text = (await name.innerText()).trim();
      // 局机关各科室 stacked one character a line: the row was six lines tall.
      if (text.length <= 12) expect((await name.boundingBox())!.height, text).toBeLessThan(3 * lineHeight);
    }
  });
});

test("a city viewer ranks its districts for a quarter; a malformed quarter falls back with a notice", async ({ page }) => {
  await signIn(page, "yinchuan.viewer");
  await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "通报" }).click();
  await expect(page).toHaveURL(/\/bulletin$/);
  await expect(page.getByTestId("bulletin-title")).toContainText("各区县教育督查工作推进情况的通报");
  const ranking = page.getByRole("table", { name: "二、各区县排名" });
  for (const name of ["金凤区教育局", "兴庆区教育局", "贺兰县教育体育局"]) await expect(ranking.getByRole("cell", { name, exact: true })).toBeVisible();
  await expect(ranking.getByText("惠济区教育局")).toHaveCount(0);

  await page.goto("/bulletin?quarter=2025Q9");
  await expect(page.getByTestId("bulletin-notice")).toContainText("季度格式不正确");
  expect((await page.request.get("/api/v1/city/bulletin.docx?quarter=2025Q9")).status()).toBe(400);
  const docx = await page.request.get("/api/v1/city/bulletin.docx?quarter=2025Q3");
  expect(docx.status()).toBe(200);
});
