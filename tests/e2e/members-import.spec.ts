import { test } from "@playwright/test";
import { expect } from "@playwright/test";
import { signIn } from "./helpers";
import { membersImportFlow } from "./members-import-flow";
import { holdDemoWorld } from "./demo-world-lock";

holdDemoWorld();

test("a bureau admin imports accounts from the template, reads the one-time passwords, links a leader who then sees 我负责的", async ({ page }) => {
  test.setTimeout(120_000);
  await membersImportFlow(page, "d");
});

test("the new-account form keeps what was typed after a refusal", async ({ page }) => {
  const username = `e2e.keep${Date.now().toString(36)}`;
  await signIn(page, "jinfeng.admin");
  await expect(page.getByRole("heading", { name: "金凤区教育局" })).toBeVisible({ timeout: 20_000 });
  await page.goto("/admin/members");
  const form = page.locator("form").filter({ has: page.getByRole("button", { name: "创建账号" }) });
  await form.getByLabel("用户名", { exact: true }).fill(username);
  await form.getByLabel("姓名", { exact: true }).fill("保留输入");
  await form.getByLabel("角色").selectOption({ label: "单位填报员" });
  await form.getByRole("button", { name: "创建账号" }).click();
  await expect(page.getByText("单位填报员必须绑定一个单位")).toBeVisible();
  await expect(form.getByLabel("用户名", { exact: true })).toHaveValue(username);
  await expect(form.getByLabel("姓名", { exact: true })).toHaveValue("保留输入");
  await expect(form.getByLabel("角色")).toHaveValue("unit_reporter");
  await form.getByLabel("所属单位").selectOption({ index: 1 });
  await form.getByRole("button", { name: "创建账号" }).click();
  await expect(page.getByText("已创建账号")).toBeVisible();
  await expect(page.getByTestId("new-member-password")).toContainText(username);
  await expect(form.getByLabel("用户名", { exact: true })).toHaveValue("");
});
