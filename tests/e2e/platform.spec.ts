import { test } from "@playwright/test";
import { openBureauAndSignInAsItsAdmin } from "./platform-flow";

test("platform admin opens a bureau; its admin signs in with the one-time password, must change it, then lands home", async ({ page }) => {
  test.setTimeout(180_000);
  await openBureauAndSignInAsItsAdmin(page, "xixia", "西夏区教育局");
});
