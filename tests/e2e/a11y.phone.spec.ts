// Every page each role can reach passes axe with no serious or critical
// violation, on a phone (decision 0034; the desktop twin is a11y.spec.ts).
import { expect, test } from "@playwright/test";
import { A11Y_USERS, type A11yRole } from "./a11y-pages";
import { sweepRole, sweepSignIn } from "./a11y-sweep";

test.use({ bypassCSP: true });

test("the sign-in page, signed out", async ({ page }) => {
  const failures = await sweepSignIn(page);
  expect(failures, failures.join("\n")).toEqual([]);
});

for (const role of Object.keys(A11Y_USERS) as A11yRole[]) {
  test(`every page of ${role}`, async ({ page }) => {
    test.setTimeout(480_000);
    const failures = await sweepRole(page, role);
    expect(failures, failures.join("\n")).toEqual([]);
  });
}
