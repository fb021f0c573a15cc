// /admin/notifications in a real browser: a bureau admin reaches it from the
// menu, is refused a webhook that is not an official robot host, sets one
// (shown masked), tries 发送测试 (this machine reaches no robot host: the
// channel's failure comes back in Chinese), clears it; staff get no link.
import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";
import { holdDemoWorld } from "./demo-world-lock";

holdDemoWorld();

test("a bureau admin sets, tests and clears the bureau's 企业微信 robot; staff cannot", async ({ page }) => {
  await signIn(page, "helan.admin");
  await expect(page.getByRole("heading", { name: "贺兰县教育体育局" })).toBeVisible({ timeout: 20_000 });
  await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "消息推送" }).click();
  await expect(page.getByRole("heading", { name: "消息推送", level: 1 })).toBeVisible();
  await expect(page.getByText("还没有需要发送的邮件或机器人消息")).toBeVisible();

  const slot = page.getByTestId("robot-bureau-wecom");
  await expect(slot).toContainText("未设置");
  await slot.getByText("设置", { exact: true }).click();
  await slot.getByLabel("Webhook 地址").fill("http://10.0.0.8/cgi-bin/webhook/send?key=inside");
  await slot.getByRole("button", { name: "保存" }).click();
  await expect(slot.getByText("地址必须以 https:// 开头").first()).toBeVisible();

  await slot.getByLabel("Webhook 地址").fill("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a91f6-e2e0-4bc4-97a0-0ec2sifa5abc");
  await slot.getByRole("button", { name: "保存" }).click();
  await expect(slot.getByText("机器人已保存")).toBeVisible();
  await expect(slot).toContainText("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a…abc");
  await expect(slot).not.toContainText("e2e0");

  await slot.getByRole("button", { name: "发送测试（本局企业微信群机器人）", exact: true }).click();
  await expect(slot.getByText(/^发送失败：/)).toBeVisible({ timeout: 20_000 });

  await slot.getByRole("button", { name: "清除（本局企业微信群机器人）", exact: true }).click();
  // The slot itself answers: its buttons go with the robot.
  await expect(slot).toContainText("未设置");
  await expect(slot).not.toContainText("qyapi.weixin.qq.com");

  await page.context().clearCookies();
  await signIn(page, "helan.staff");
  await expect(page.getByRole("heading", { name: "贺兰县教育体育局" })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "消息推送" })).toHaveCount(0);
});
