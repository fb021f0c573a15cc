// Nothing typed is lost: a reporter's session ends while they write on a
// phone; saving says so once and offers sign-in, and signing in brings them
// back to the form with their text.
import { expect, test } from "@playwright/test";
import pg from "pg";
import { axeViolations } from "./axe";
import { DEMO_PASSWORD, fixtures, signIn } from "./helpers";
import { REPORT_SESSION } from "./report-session-world";

/** The fixture's one slot (report-session-world.ts): open, nobody has written in it. */
async function fixtureSlotPath(): Promise<string> {
  const client = new pg.Client({ connectionString: fixtures().ownerUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>("SELECT s.id FROM report_slots s JOIN tenants t ON t.id = s.tenant_id WHERE t.code = $1", [
      REPORT_SESSION.code,
    ]);
    return `/reports/${rows[0]!.id}`;
  } finally {
    await client.end();
  }
}

test("a session that ends while a reporter types: one notice, sign in, and the text is back", async ({ page, context }) => {
  const slotPath = await fixtureSlotPath();
  const username = REPORT_SESSION.reporter;
  await signIn(page, username);
  // The first sign-in of a run also warms the server up: more than a page's usual wait.
  await expect(page).toHaveURL(/\/$/, { timeout: 15_000 });
  await page.goto(slotPath);
  await expect(page.getByTestId("report-form")).toBeVisible();

  await context.clearCookies({ name: /session-token/ });
  const text = "本期完成校本课程开发，组织教师培训两次。";
  await page.getByRole("textbox", { name: /工作进展/ }).fill(text);
  await page.getByRole("textbox", { name: /存在问题/ }).fill("场地不足");
  await page.getByRole("button", { name: "保存草稿" }).click();
  const notice = page.getByTestId("signed-out-notice");
  await expect(notice).toContainText("登录已失效");
  // Typing on and the autosave after it do not add a second notice.
  await page.getByRole("textbox", { name: /存在问题/ }).fill("场地不足，经费待落实");
  await expect(page.getByTestId("save-status")).toContainText("尚未保存");
  await expect(page.getByText("登录已失效")).toHaveCount(1);
  expect(await axeViolations(page)).toEqual([]);

  await notice.getByRole("link", { name: "重新登录" }).click();
  await expect(page).toHaveURL(`/login?callbackUrl=${encodeURIComponent(slotPath)}`);
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("密码").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "登录", exact: true }).click();

  await expect(page).toHaveURL(slotPath);
  await expect(page.getByRole("textbox", { name: /工作进展/ })).toHaveValue(text);
  await expect(page.getByRole("textbox", { name: /存在问题/ })).toHaveValue("场地不足，经费待落实");
  await expect(page.getByTestId("save-status")).toContainText("已自动保存", { timeout: 10_000 });
});
