import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

// On a desktop the whole going-live chain (going-live.spec.ts) opens its bureau through openBureauAndSignInAsItsAdmin first.

test("a refused bureau or viewer form keeps what was typed", async ({ page }) => {
  await signIn(page, "platform.admin");
  await expect(page).toHaveURL(/\/platform$/, { timeout: 30_000 });
  const form = page.getByTestId("create-tenant-form");
  await form.getByLabel("单位类型").selectOption("bureau");
  await form.getByLabel("单位代码").fill("jinfeng");
  await form.getByLabel("单位名称").fill("重复代码区教育局");
  await form.getByLabel("所属市级教育局").selectOption("yinchuan");
  await form.getByLabel("管理员用户名").fill("dup.admin");
  await form.getByRole("button", { name: "开通单位" }).click();
  await expect(form.getByRole("alert")).toContainText("单位代码 jinfeng 已被使用");
  await expect(form.getByLabel("单位代码")).toHaveValue("jinfeng");
  await expect(form.getByLabel("单位名称")).toHaveValue("重复代码区教育局");
  await expect(form.getByLabel("所属市级教育局")).toHaveValue("yinchuan");
  await expect(form.getByLabel("管理员用户名")).toHaveValue("dup.admin");

  await page.goto("/platform/viewers");
  const viewer = page.getByTestId("create-city-viewer-form");
  await viewer.getByLabel("用户名").fill("jinfeng.admin");
  await viewer.getByLabel("姓名").fill("保留的姓名");
  await viewer.getByRole("button", { name: "创建查看账号" }).click();
  await expect(viewer.getByRole("alert")).toContainText("用户名 jinfeng.admin 已被使用");
  await expect(viewer.getByLabel("用户名")).toHaveValue("jinfeng.admin");
  await expect(viewer.getByLabel("姓名")).toHaveValue("保留的姓名");
});
