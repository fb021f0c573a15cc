import { test } from "@playwright/test";
import { openBureauAndSignInAsItsAdmin } from "./platform-flow";

test("on a phone: a new bureau's admin gets in with the one-time password and changes it", async ({ page }) => {
  test.setTimeout(180_000);
  await openBureauAndSignInAsItsAdmin(page, "yongning", "永宁县教育局");
});
