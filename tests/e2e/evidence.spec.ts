// Evidence a reviewer can see, in a real browser (decision 0031): a school's
// reporter, on a phone-sized screen, attaches a camera JPEG, an iPhone HEIC
// and a PDF and submits; staff see the thumbnails on the review card, open
// the photos in the viewer and the PDF in a new tab (served inline), and find
// all three in the task's evidence gallery. A bureau of its own
// (evidence-world.ts), so nothing here moves another spec's counts.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect as baseExpect, test, type Browser, type Locator, type Page } from "@playwright/test";
import { jpegPhoto, PDF_DOC } from "@/tests/support/evidence-files";
import { axeViolations } from "./axe";
import { EVIDENCE_WORLD as W } from "./evidence-world";
import { signIn } from "./helpers";

// Sign-in hashing, server renders and the HEIC conversion are slow on a busy two-core machine.
const expect = baseExpect.configure({ timeout: 30_000 });
test.setTimeout(180_000);

const HEIC = readFileSync(path.resolve("tests/fixtures/evidence/photo.heic"));

async function as(browser: Browser, baseURL: string | undefined, username: string, options: { phone?: boolean } = {}): Promise<Page> {
  const viewport = options.phone ? { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } : {};
  // bypassCSP lets axe-core's script run (tests/e2e/axe.ts); the app's own headers are still checked below.
  const context = await browser.newContext({ baseURL, locale: "zh-CN", bypassCSP: true, ...viewport });
  const page = await context.newPage();
  await signIn(page, username);
  await expect(page.getByRole("heading", { name: W.name })).toBeVisible();
  return page;
}

/** The image has arrived and been decoded by the browser: its natural width. */
const loadedWidth = (img: Locator) => img.evaluate((i: HTMLImageElement) => (i.complete ? i.naturalWidth : 0));

test("a school attaches a photo, an iPhone HEIC and a PDF; staff preview them and find them in the task's gallery", async ({ browser, baseURL }) => {
  const school = await as(browser, baseURL, W.reporter, { phone: true });

  await test.step("the school attaches the three files on a phone-sized screen and submits", async () => {
    await school.goto("/reports");
    await school.getByTestId("slot-row").first().getByRole("link").click();
    await expect(school.getByTestId("report-form")).toBeVisible();
    await school.getByRole("textbox", { name: /工作进展/ }).fill("已完成全校安全隐患排查，整改清单见附件。");
    const input = school.getByLabel("上传附件");
    expect((await input.getAttribute("accept"))?.split(",")[0]).toBe("image/*");
    const list = school.getByTestId("attachments");
    for (const [name, mimeType, buffer] of [
      ["现场照片.jpg", "image/jpeg", Buffer.from(jpegPhoto(64, 48))],
      ["IMG_0001.HEIC", "image/heic", HEIC],
      ["排查记录.pdf", "application/pdf", Buffer.from(PDF_DOC)],
    ] as const) {
      await input.setInputFiles({ name, mimeType, buffer });
      await expect(list.getByRole("link", { name: name.replace(/\.HEIC$/, ".jpg") })).toBeVisible();
    }
    // The HEIC arrived as a JPEG the phone's browser shows, with its size beside it.
    const heic = list.getByRole("button", { name: "查看图片 IMG_0001.jpg" });
    await expect.poll(() => loadedWidth(heic.locator("img"))).toBe(320);
    await expect(list.getByRole("listitem").filter({ hasText: "IMG_0001.jpg" })).toContainText(/\d+(\.\d)? KB/);
    expect(await school.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await school.getByRole("button", { name: "提交", exact: true }).click();
    await expect(school.getByTestId("report-status")).toContainText("已提交");
  });

  const staff = await as(browser, baseURL, W.staff);

  await test.step("staff see thumbnails on the review card and open the photos in the viewer", async () => {
    await staff.goto("/review");
    const card = staff.getByTestId("review-item").filter({ hasText: W.task });
    const photo = card.getByRole("button", { name: "查看图片 现场照片.jpg" });
    await expect.poll(() => loadedWidth(photo.locator("img"))).toBe(64);
    await expect(card.getByRole("button", { name: "查看图片 IMG_0001.jpg" })).toBeVisible();
    await photo.click();
    const viewer = staff.getByRole("dialog", { name: "图片预览：现场照片.jpg" });
    await expect(viewer).toBeVisible();
    await expect.poll(() => loadedWidth(viewer.getByRole("img", { name: "现场照片.jpg" }))).toBe(64);
    await viewer.getByRole("button", { name: "下一张" }).click();
    const heicView = staff.getByRole("dialog", { name: "图片预览：IMG_0001.jpg" });
    await expect.poll(() => loadedWidth(heicView.getByRole("img", { name: "IMG_0001.jpg" }))).toBe(320);
    await expect(heicView.getByRole("link", { name: "下载" })).toHaveAttribute("href", /^\/api\/v1\/attachments\/[0-9a-f-]{36}$/);
    expect(await axeViolations(staff)).toEqual([]);
    // The photo as the app serves it: its detected type, inline, never sniffed, under a CSP that runs no script.
    const served = await staff.request.get((await heicView.getByRole("img").getAttribute("src"))!);
    expect(served.headers()).toMatchObject({ "content-type": "image/jpeg", "x-content-type-options": "nosniff" });
    expect(served.headers()["content-disposition"]).toMatch(/^inline;/);
    expect(served.headers()["content-security-policy"]).toMatch(/script-src 'none'.*frame-ancestors 'none'/);
    await heicView.getByRole("button", { name: "关闭" }).click();
    await expect(heicView).toBeHidden();
  });

  await test.step("the PDF opens in a new tab at its inline address, served inline and never sniffed", async () => {
    const card = staff.getByTestId("review-item").filter({ hasText: W.task });
    // The tab's own answer, not where the tab ended: a browser with a PDF viewer shows the file
    // there, the headless shell the tests run on (decision 0046) has none and saves it instead.
    // A navigation: the thumbnails' images on this page load the same kind of address.
    const [tab, answer] = await Promise.all([
      staff.context().waitForEvent("page"),
      staff.context().waitForEvent("response", (r) => r.request().isNavigationRequest() && /\/api\/v1\/attachments\/[0-9a-f-]{36}\/view$/.test(r.url())),
      card.getByRole("button", { name: "在新窗口查看 PDF 排查记录.pdf" }).click(),
    ]);
    expect(answer.frame().page()).toBe(tab);
    expect(answer.status()).toBe(200);
    expect(answer.headers()).toMatchObject({ "content-type": "application/pdf", "x-content-type-options": "nosniff" });
    expect(answer.headers()["content-disposition"]).toMatch(/^inline;/);
    await tab.close();
  });

  await test.step("the task's gallery lists the three files, newest first, with period, unit and size", async () => {
    await staff
      .getByTestId("review-item")
      .filter({ hasText: W.task })
      .getByRole("link", { name: new RegExp(W.task) })
      .click();
    // The review card leads to the report, the report's plan line to its task.
    await staff.getByTestId("task-summary").getByRole("link", { name: W.plan }).click();
    await expect(staff).toHaveURL(/\/tasks\/[0-9a-f-]{36}$/);
    const files = staff.getByTestId("task-evidence").getByTestId("evidence-file");
    await expect(files).toHaveCount(3);
    await expect(files.getByRole("link")).toHaveText(["排查记录.pdf", "IMG_0001.jpg", "现场照片.jpg"]);
    for (const file of await files.all()) await expect(file).toContainText(new RegExp(`\\d+(\\.\\d)? (B|KB) · ${W.period} · ${W.school}`));
    await expect.poll(() => loadedWidth(files.nth(1).locator("img"))).toBe(320);
  });
});
