// The briefing on a 390 px phone: no sideways scrolling, the tables read as
// stacked cards (label in front of each value), indicators by their names and
// the period as 2021–2025年; print keeps the ruled tables.
import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";
import { holdDemoWorld } from "./demo-world-lock";

holdDemoWorld();

test.use({ viewport: { width: 390, height: 844 } });

const CODE = /^[a-z0-9]+(-[a-z0-9]+)+$/;

test("a leader reads the five-year plan's briefing on a phone without sideways scrolling, by names", async ({ page }) => {
  await signIn(page, "xingqing.leader");
  await expect(page.getByRole("heading", { name: "兴庆区教育局" })).toBeVisible();
  await page.goto("/plans");
  const planHref = await page.getByTestId("plan-list").getByRole("link").first().getAttribute("href");
  await page.goto(`${planHref}/briefing`);

  const briefing = page.getByTestId("briefing");
  await expect(briefing).toContainText(/实施期 \d{4}(–\d{4})?年/);
  await expect(briefing).not.toContainText(/(\d{4})–\1年/);
  const names = page.getByTestId("brief-indicator-name");
  await expect(names.first()).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);

  // Names, not catalogue or bureau codes, and each on lines of readable length (not two characters a line).
  for (const name of await names.allInnerTexts()) expect(name).not.toMatch(CODE);
  await expect(briefing).not.toContainText("xingqing");
  expect((await page.getByTestId("brief-indicator").first().locator("td").first().boundingBox())!.width).toBeGreaterThan(250);
  // Each value carries its column's label in front of it.
  await expect(page.getByTestId("brief-indicator").first().locator('td[data-label="目标"]')).toBeVisible();

  // Paper keeps the ruled table with its head.
  await page.emulateMedia({ media: "print" });
  await expect(page.getByTestId("briefing-indicators").getByRole("columnheader", { name: "目标" })).toBeVisible();
  await page.emulateMedia({ media: "screen" });
});
