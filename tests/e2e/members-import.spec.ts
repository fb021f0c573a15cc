import { test } from "@playwright/test";
import { membersImportFlow } from "./members-import-flow";

test("a bureau admin imports accounts from the template, reads the one-time passwords, links a leader who then sees 我负责的", async ({ page }) => {
  test.setTimeout(120_000);
  await membersImportFlow(page, "d");
});
