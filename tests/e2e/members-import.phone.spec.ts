import { test } from "@playwright/test";
import { membersImportFlow } from "./members-import-flow";
import { holdDemoWorld } from "./demo-world-lock";

holdDemoWorld();

test("on a phone: the accounts import, its results and the leader link, and the leader's 我负责的", async ({ page }) => {
  test.setTimeout(120_000);
  await membersImportFlow(page, "p");
});
