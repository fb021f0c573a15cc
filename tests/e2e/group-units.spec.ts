// A task assigned to a group unit reaches each school (desktop).
import { test } from "@playwright/test";
import { GROUP_WORLDS } from "./group-fixtures";
import { groupRoundTrip } from "./group-round-trip";

test.use({ bypassCSP: true });

test("the admin sets a group's members and opens a period; a school reports; the group reads 已报 1 / N", async ({ page, browser }) => {
  await groupRoundTrip(page, browser, GROUP_WORLDS.desktop, test.info().project.use.baseURL, false);
});
