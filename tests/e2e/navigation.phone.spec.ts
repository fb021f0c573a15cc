// Navigation on a phone as WeChat's browser shows it (390×844): a compact
// header naming the unit, a bottom bar with 消息 and its count always on
// screen, 更多 for the rest (a keyboard-usable dialog), the current page
// marked, and no page wider than the screen.
import { expect as baseExpect, test, type Page } from "@playwright/test";
import { signIn } from "./helpers";
import { holdDemoWorld } from "./demo-world-lock";

holdDemoWorld();

const WECHAT_ANDROID =
  "Mozilla/5.0 (Linux; Android 13; Pixel 7 Build/TQ3A.230805.001; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/116.0.0.0 Mobile Safari/537.36 XWEB/1160065 MMWEBSDK/20231202 MicroMessenger/8.0.47.2560(0x28002F30) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64";
test.use({ viewport: { width: 390, height: 844 }, userAgent: WECHAT_ANDROID });
test.describe.configure({ timeout: 120_000 });
// The first sign-in of a fresh server renders the home page cold: room for it, as in platform-flow.ts.
const expect = baseExpect.configure({ timeout: 30_000 });

async function expectNoSidewaysScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
}

test("a unit reporter finds 消息 and its count, their unit and the rest of the menu on a phone", async ({ page }) => {
  await signIn(page, "jinfeng.reporter");
  const bar = page.getByRole("navigation", { name: "主导航" });
  await expect(bar).toBeVisible();
  await expect(bar.getByRole("link")).toHaveText(["首页", "我负责的", "填报", /^消息/]);
  await expect(bar.getByRole("link", { name: "首页" })).toHaveAttribute("aria-current", "page");
  const inbox = bar.getByRole("link", { name: /^消息/ });
  await expect(inbox).toBeInViewport();
  // The count shows even at zero: nothing new is worth knowing too.
  await expect(inbox.getByTestId("inbox-badge")).toBeInViewport();
  await expect(inbox.getByTestId("inbox-badge")).toHaveText(/^\d+$/);
  await expect(inbox).toHaveAccessibleName(/^消息\s?（未读 \d+）$/);
  await expect(page.getByTestId("current-unit")).toHaveText(/\S/);
  await expect(page.getByRole("banner")).toContainText("填报单位：");
  await expectNoSidewaysScroll(page);

  // The skip link is the first stop of the keyboard and lands in <main>.
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "跳到主要内容" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("main#main")).toBeFocused();

  await bar.getByRole("link", { name: "我负责的" }).click();
  await expect(page).toHaveURL(/\/my-tasks$/);
  await expect(bar.getByRole("link", { name: "我负责的" })).toHaveAttribute("aria-current", "page");
  await expectNoSidewaysScroll(page);

  // 更多: a dialog with the rest, closed by Esc with focus back on its button; a page in it is marked.
  const moreButton = bar.getByRole("button", { name: "更多" });
  await moreButton.click();
  const more = page.getByRole("dialog", { name: "更多" });
  await expect(more.getByRole("link")).toHaveText(["规划", "任务", "督办单", "单位", "责任领导", "指标口径", "账号与安全"]);
  await expect(more.getByRole("button", { name: "退出登录" })).toBeVisible();
  await expect(moreButton).toHaveAttribute("aria-expanded", "true");
  await page.keyboard.press("Escape");
  await expect(more).toBeHidden();
  await expect(moreButton).toBeFocused();
  await moreButton.click();
  await more.getByRole("link", { name: "规划" }).click();
  await expect(page).toHaveURL(/\/plans$/);
  await expect(more).toBeHidden();
  await moreButton.click();
  await expect(more.getByRole("link", { name: "规划" })).toHaveAttribute("aria-current", "page");
  await page.keyboard.press("Escape");
  await expectNoSidewaysScroll(page);
});

test("bureau staff on a phone: 审核 and 督办 in the bar, a header that says each word once", async ({ page }) => {
  await signIn(page, "jinfeng.staff");
  const bar = page.getByRole("navigation", { name: "主导航" });
  await expect(bar).toBeVisible();
  await expect(bar.getByRole("link")).toHaveText([/^首页/, /^审核/, /^督办/, /^消息/]);
  await expect(bar.getByRole("link", { name: /^消息/ })).toBeInViewport();
  await expect(bar.getByRole("button", { name: "更多" })).toBeInViewport();
  const header = page.getByRole("banner");
  await expect(header).toContainText("金凤区教育局");
  await expect(header).toContainText("金凤区教育局工作人员");
  await expect(header).not.toContainText("· 教育局工作人员");
  await expect(header.getByRole("link", { name: "搜索" })).toHaveAttribute("href", "/search");
  await expectNoSidewaysScroll(page);

  await bar.getByRole("link", { name: /^督办/ }).click();
  await expect(page).toHaveURL(/\/supervision\/requests/);
  await expect(bar.getByRole("link", { name: /^督办/ })).toHaveAttribute("aria-current", "page");
  await expectNoSidewaysScroll(page);
  await page.goto("/review");
  await expect(bar.getByRole("link", { name: /^审核/ })).toHaveAttribute("aria-current", "page");
  await expectNoSidewaysScroll(page);
});
