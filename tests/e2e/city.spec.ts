// The city home in a real browser: the comparison table for 银川市's three
// districts (data from tests/e2e/city-fixtures.ts), "无数据" rather than zero,
// switching indicators through the URL, and the page at desktop and phone width.
import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";
import { holdDemoWorld } from "./demo-world-lock";

holdDemoWorld();

// As in ./city-fixtures.ts (not imported: it pulls server-only database code).
const CITY_COMPARE_CODE = "preschool-inclusive-coverage";

test("yinchuan.viewer compares an indicator across its districts, on desktop and phone", async ({ page }) => {
  await signIn(page, "yinchuan.viewer");
  await expect(page.getByRole("heading", { name: "银川市教育局" })).toBeVisible();

  const districts = page.getByTestId("district-list");
  await expect(districts.getByTestId("district-name")).toHaveText(["贺兰县教育体育局", "金凤区教育局", "兴庆区教育局"]);
  await expect(districts).not.toContainText("惠济");
  await expect(districts.getByRole("progressbar")).toHaveCount(3);

  const table = page.getByTestId("compare-table");
  await expect(page.getByTestId("indicator-select")).toHaveValue(CITY_COMPARE_CODE);
  await expect(table.locator("tbody tr")).toHaveCount(3);
  await expect(table).not.toContainText("惠济");
  const xingqing = page.getByTestId("compare-row-xingqing");
  await expect(xingqing).toContainText("85.2%");
  await expect(xingqing).toContainText("2020年");
  await expect(xingqing).toContainText("≥ 86%");
  await expect(xingqing).toContainText("2025年");
  await expect(xingqing).toContainText("85%");
  await expect(xingqing).toContainText("滞后");
  await expect(page.getByTestId("compare-row-helan")).toContainText("≥ 92%");
  await expect(page.getByTestId("compare-row-helan")).toContainText("超前");
  const jinfeng = page.getByTestId("compare-row-jinfeng");
  await expect(jinfeng).toContainText("无数据");
  await expect(jinfeng).not.toContainText(/\b0%/);
  await expect(page.getByTestId("compare-chart").locator(".recharts-bar-rectangle").first()).toBeVisible();
  await expect(page.getByTestId("compare-chart")).toContainText("金凤区无数据");
  await page.screenshot({ path: test.info().outputPath("city-desktop.png"), fullPage: true });

  // The JSON API in the production build (a static route: Next passes no params).
  const api = await page.request.get(`/api/v1/compare?indicator=${CITY_COMPARE_CODE}`);
  expect(api.status()).toBe(200);
  const body = (await api.json()) as { indicator: { code: string }; districts: { tenant: { code: string }; status: string }[] };
  expect(body.indicator.code).toBe(CITY_COMPARE_CODE);
  expect(body.districts.map((d) => [d.tenant.code, d.status])).toEqual([
    ["helan", "ahead"],
    ["jinfeng", "no-data"],
    ["xingqing", "behind"],
  ]);
  expect((await page.request.get("/api/v1/compare")).status()).toBe(400);

  // An unknown code in the URL falls back to the default and says so.
  await page.goto("/?indicator=no-such-code");
  await expect(page.getByText("未找到指标“no-such-code”")).toBeVisible();
  await expect(page.getByTestId("compare-table")).toBeVisible();

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/?indicator=${CITY_COMPARE_CODE}`);
  await expect(page.getByTestId("compare-table")).toBeVisible();
  await expect(page.getByTestId("compare-chart").locator(".recharts-bar-rectangle").first()).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.screenshot({ path: test.info().outputPath("city-phone.png"), fullPage: true });
});

test("a bureau user is refused by the comparison API", async ({ page }) => {
  await signIn(page, "jinfeng.staff");
  await expect(page.getByRole("heading", { name: "金凤区教育局" })).toBeVisible();
  const response = await page.request.get(`/api/v1/compare?indicator=${CITY_COMPARE_CODE}`);
  expect(response.status()).toBe(403);
});
