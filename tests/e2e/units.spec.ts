// The units register (desktop): import schools, merge a duplicate, the report survives.
import { test } from "@playwright/test";
import { MERGE_TENANTS } from "./unit-fixture-names";
import { unitsRoundTrip } from "./units-round-trip";
import { holdDemoWorld } from "./demo-world-lock";

holdDemoWorld();

test.use({ bypassCSP: true });
// A busy CI machine: the 40-school import and the merge each take a few seconds there.
test.setTimeout(180_000);

test("the admin imports 40 schools, merges two spellings of one unit, and the task's report is still there", async ({ page }) => {
  await unitsRoundTrip(page, MERGE_TENANTS.desktop);
});
