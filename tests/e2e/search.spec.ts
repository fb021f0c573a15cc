import { expect, test } from "@playwright/test";
import { axeViolations } from "./axe";
import { signIn } from "./helpers";
import { holdDemoWorld } from "./demo-world-lock";

holdDemoWorld();

test.use({ bypassCSP: true });

// The header's box is a plain GET form to /search (components/search/search-box.tsx);
// this flow types into the same form on the results page, so it does not depend on the header.
test("searching a leader's name lists them first, labelled, and opens their tasks", async ({ page }) => {
  await signIn(page, "jinfeng.staff");
  await page.waitForURL((url) => url.pathname !== "/login");
  await page.goto("/search");
  await page.getByRole("searchbox", { name: "输入要搜索的内容" }).fill("赵丽");
  await page.getByRole("searchbox", { name: "输入要搜索的内容" }).press("Enter");
  await expect(page).toHaveURL(/\/search\?q=/);

  const first = page.getByTestId("search-results").getByRole("listitem").first();
  await expect(first).toContainText("人员");
  await expect(first.getByRole("link")).toHaveText("赵丽");
  expect(await axeViolations(page)).toEqual([]);

  await first.getByRole("link").click();
  await expect(page).toHaveURL(/\/tasks\?leader=[0-9a-f-]{36}$/);
  for (const names of await page.getByTestId("task-row").getByTestId("task-leaders").allInnerTexts()) expect(names).toContain("赵丽");
  await expect(page.getByTestId("task-row").first()).toBeVisible();
});
