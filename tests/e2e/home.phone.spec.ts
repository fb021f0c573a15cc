import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

test("a unit reporter signs in on a phone and the page fits the screen", async ({ page }) => {
  await signIn(page, "helan.reporter");
  await expect(page.getByRole("heading", { name: "贺兰县教育体育局" })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
