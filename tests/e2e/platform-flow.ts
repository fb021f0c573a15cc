// Going live, in the browser: the platform admin opens a bureau in /platform,
// sees its admin's one-time password once; the new admin signs in, is led to
// change it, and lands on the bureau's home page. Shared by the desktop and
// phone specs (each with its own bureau code: one database serves both).
import { expect as baseExpect, type Page } from "@playwright/test";

// Sign-in hashes a password and the pages render per request: generous waits on a loaded 2-core machine.
const expect = baseExpect.configure({ timeout: 30_000 });
import { NEW_BUREAUS_CITY } from "./bureaus";
import { changeOneTimePassword, signIn, signOut } from "./helpers";

export async function openBureauAndSignInAsItsAdmin(page: Page, code: string, name: string): Promise<void> {
  await signIn(page, "platform.admin");
  // A platform admin's home is the platform page.
  await expect(page).toHaveURL(/\/platform$/);
  const form = page.getByTestId("create-tenant-form");
  await form.getByLabel("单位类型").selectOption("bureau");
  await form.getByLabel("单位代码").fill(code);
  await form.getByLabel("单位名称").fill(name);
  await form.getByLabel("所属市级教育局").selectOption(NEW_BUREAUS_CITY.code);
  await form.getByLabel("管理员用户名").fill(`${code}.admin`);
  await form.getByRole("button", { name: "开通单位" }).click();
  await expect(form.getByRole("status").first()).toContainText(`已开通 ${name}`);
  await expect(form.getByTestId("issued-username")).toHaveText(`${code}.admin`);
  const oneTimePassword = (await form.getByTestId("one-time-password").textContent())!.trim();
  expect(oneTimePassword).toMatch(/^[A-Za-z2-9]{12}$/);
  await expect(page.getByTestId("tenant-list").locator(`[data-code="${code}"]`)).toContainText(name);

  // Shown once: gone on the next visit.
  await page.reload();
  await expect(page.getByTestId("tenant-list").locator(`[data-code="${code}"]`)).toBeVisible();
  await expect(page.getByTestId("one-time-password")).toHaveCount(0);
  await signOut(page);
  await expect(page).toHaveURL(/\/login/);

  // The new admin: every page leads to the change form until the password is their own.
  await signIn(page, `${code}.admin`, oneTimePassword);
  await expect(page).toHaveURL(/\/account\/password$/);
  await expect(page.getByRole("note")).toContainText("一次性密码");
  // …and keeps the page asked for, to open once the password is their own.
  await page.goto("/plans");
  await expect(page).toHaveURL(/\/account\/password\?callbackUrl=%2Fplans$/);
  const me = await page.request.get("/api/v1/me");
  expect(await me.json()).toMatchObject({ username: `${code}.admin`, role: "bureau_admin", mustChangePassword: true, tenant: { code } });

  await changeOneTimePassword(page, oneTimePassword, `${code}-own-password`, "/plans");
  await expect(page.getByTestId("current-user")).toHaveText(`${name}管理员`);
  expect(await (await page.request.get("/api/v1/me")).json()).toMatchObject({ mustChangePassword: false });
  await page.goto("/");
  await expect(page.getByRole("heading", { name })).toBeVisible();
}
