// The plan briefing (简报) in a real browser: reached from the plan page, its
// figures add up, the PDF download is a real PDF rendered with the caller's
// own session, and another tenant's plan (page or PDF) is a 404.
import { expect, test } from "@playwright/test";
import { JINFENG_PLAN, openJinfengPlan, signIn } from "./helpers";
import { holdDemoWorld } from "./demo-world-lock";
import { expectPrintedPdf } from "./printed-pdf";

holdDemoWorld();

test("staff open a plan's briefing from the plan page and download it as PDF; a foreign plan is a 404", async ({ page }) => {
  let foreignPlan = "";
  await test.step("another tenant's plan id, as seen by its own staff", async () => {
    await signIn(page, "xingqing.staff");
    await expect(page.getByRole("heading", { name: "兴庆区教育局" })).toBeVisible();
    await page.goto("/plans");
    const href = await page.getByTestId("plan-list").getByRole("link").first().getAttribute("href");
    expect(href).toMatch(/^\/plans\/[0-9a-f-]{36}$/);
    foreignPlan = href!;
    await page.getByRole("button", { name: "退出登录" }).click();
    await expect(page).toHaveURL(/\/login/);
  });

  const planPath = await openJinfengPlan(page, "jinfeng.staff");

  await page.getByRole("link", { name: "简报", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${planPath}/briefing$`));
  await expect(page.getByTestId("briefing-title")).toHaveText(JINFENG_PLAN);
  // A one-year plan's period reads 2022年, never 2022–2022年.
  await expect(page.getByTestId("briefing")).toContainText("实施期 2022年");
  const headline = page.getByTestId("briefing-headline");
  await expect(headline).toContainText("完成率");
  const total = Number(await page.getByTestId("brief-total-value").innerText());
  expect(total).toBeGreaterThan(0);
  await expect(page.getByTestId("brief-completed")).toContainText(`/${total} 项`);
  // The tasks-behind table lists at least every delayed task.
  const delayed = Number(await page.getByTestId("brief-delayed-value").innerText());
  expect(await page.getByTestId("brief-task").count()).toBeGreaterThanOrEqual(delayed);
  await expect(page.getByRole("button", { name: "打印" })).toBeVisible();
  const pdfLink = page.getByRole("link", { name: "下载 PDF" });
  await expect(pdfLink).toHaveAttribute("href", `/api/v1${planPath}/briefing.pdf`);

  // Print media hides the app header and the buttons.
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "主导航" })).toBeHidden();
  await expect(page.getByRole("button", { name: "打印" })).toBeHidden();
  await expect(page.getByTestId("briefing-title")).toBeVisible();
  await page.emulateMedia({ media: "screen" });

  await test.step("下载 PDF says it is working while the server prints, then saves the file under its name", async () => {
    const download = page.waitForEvent("download");
    await pdfLink.click();
    await expect(page.getByRole("link", { name: "正在生成 PDF…" })).toBeVisible();
    expect((await download).suggestedFilename()).toBe(`${JINFENG_PLAN}-简报.pdf`);
    await expect(pdfLink).toBeVisible();
    // A server that cannot print answers in words (501, pagePdfResponse): shown in place, not as a page of JSON.
    const refusal = "服务器未安装 Chromium，暂不能生成 PDF。请打开简报页，点击“打印”，在打印对话框中选择“另存为 PDF”。";
    await page.route("**/briefing.pdf", (route) => route.fulfill({ status: 501, contentType: "application/json", body: JSON.stringify({ error: refusal }) }));
    await pdfLink.click();
    await expect(page.getByRole("alert").filter({ hasText: "Chromium" })).toHaveText(refusal);
    await expect(page).toHaveURL(new RegExp(`${planPath}/briefing$`));
    await page.unroute("**/briefing.pdf");
  });

  await test.step("the PDF, with the page's own cookies", async () => {
    const response = await page.request.get(`/api/v1${planPath}/briefing.pdf`);
    const body = await expectPrintedPdf(response);
    expect(response.headers()["content-disposition"]).toContain(`filename*=UTF-8''${encodeURIComponent(`${JINFENG_PLAN}-简报.pdf`)}`);
    expect(body.byteLength).toBeGreaterThan(5_000);
  });

  await test.step("another tenant's plan and a malformed id are 404s, page and PDF", async () => {
    expect((await page.goto(`${foreignPlan}/briefing`))?.status()).toBe(404);
    await expect(page.getByText("页面不存在或您无权访问")).toBeVisible();
    expect((await page.request.get(`/api/v1${foreignPlan}/briefing.pdf`)).status()).toBe(404);
    expect((await page.goto("/plans/not-a-uuid/briefing"))?.status()).toBe(404);
    expect((await page.request.get("/api/v1/plans/not-a-uuid/briefing.pdf")).status()).toBe(404);
  });

  await test.step("without a session the PDF is a 401, not a render", async () => {
    const anonymous = await page.context().browser()!.newContext();
    const response = await anonymous.request.get(`${new URL(page.url()).origin}/api/v1${planPath}/briefing.pdf`);
    expect(response.status()).toBe(401);
    await anonymous.close();
  });
});
