import { expect, test } from "@playwright/test";
import { SSO_MESSAGES } from "@/lib/auth/messages";
import { ROUND_TRIP_MS, signInWithSso } from "./sso-helpers";
import { holdDemoWorld } from "./demo-world-lock";

holdDemoWorld();

// Two servers and several redirects per sign-in: more than the default minute on a loaded machine.
test.describe.configure({ timeout: 120_000 });

test("a unit reporter signs in through 统一身份认证 on a phone", async ({ page }) => {
  await page.goto("/login");
  const button = page.getByRole("button", { name: SSO_MESSAGES.button });
  await expect(button).toBeVisible();
  // Wide enough to hit with a thumb, and the page does not scroll sideways.
  expect((await button.boundingBox())!.height).toBeGreaterThanOrEqual(40);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);

  await signInWithSso(page, "gov-1002");
  await expect(page.getByRole("heading", { name: "贺兰县教育体育局" })).toBeVisible({ timeout: ROUND_TRIP_MS });
  await expect(page.getByTestId("current-user")).toHaveText("贺兰县教育体育局单位填报员");
});
