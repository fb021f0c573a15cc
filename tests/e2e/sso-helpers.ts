// Single sign-on in the browser: the 统一身份认证 button on EduPlan's login
// page, then the test provider's own login and consent pages
// (tests/support/oidc-provider.ts), then back to EduPlan.
import { expect, type Page } from "@playwright/test";
import pg from "pg";
import { SSO_MESSAGES } from "@/lib/auth/messages";
import { fixtures } from "./helpers";

export const ROUND_TRIP_MS = 20_000;

/**
 * `account`: the provider's account id (TEST_OIDC_ACCOUNTS); its password form takes any password.
 * `from`: the page opened first, which sends the browser to sign in (and should be where it comes back).
 */
export async function signInWithSso(page: Page, account: string, from = "/login") {
  await page.goto(from);
  await page.getByRole("button", { name: SSO_MESSAGES.button }).click();
  // Several redirects through two servers: more time than a same-page check needs.
  await expect(page).toHaveURL(new RegExp(`^${fixtures().oidcIssuer}/interaction/`), { timeout: ROUND_TRIP_MS });
  await page.locator('input[name="login"]').fill(account);
  await page.locator('input[name="password"]').fill("any-password");
  await page.getByRole("button", { name: "Sign-in" }).click();
  // First visit of this browser: the provider asks to let EduPlan read the profile.
  await page.getByRole("button", { name: "Continue" }).click();
}

/** Rows in the e2e server's database, read as the owner. */
export async function countRows(sql: string, params: unknown[] = []): Promise<number> {
  const client = new pg.Client({ connectionString: fixtures().ownerUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM (${sql}) q`, params);
    return rows[0]!.n;
  } finally {
    await client.end();
  }
}
