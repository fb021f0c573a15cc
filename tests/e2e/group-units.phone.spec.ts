// A task assigned to a group unit reaches each school (phone).
import { test } from "@playwright/test";
import { GROUP_WORLDS } from "./group-world";
import { groupRoundTrip } from "./group-round-trip";

test.use({ bypassCSP: true });
// Two sign-ins, a period opened for 14 units and a report: more than one page's worth of time.
test.slow();

test("on a phone: the admin sets a group's members and opens a period; a school reports; the group reads 已报 1 / N", async ({ page, browser }) => {
  await groupRoundTrip(page, browser, GROUP_WORLDS.phone, test.info().project.use.baseURL, true);
});
