import { expect, test, type Page } from "@playwright/test";
import { docxFromParagraphs } from "../support/docx";
import { axeViolations } from "./axe";
import { pdfFromDocument, scannedPdf } from "../support/pdf";
import { goalTasksBreakdown } from "../support/plan-layouts/goal-tasks-breakdown";
import { xlsxFromDocument } from "../support/xlsx-plan";
import { signIn } from "./helpers";
import { holdDemoWorld } from "./demo-world-lock";

holdDemoWorld();

// A synthetic document (not a seed file, which the demo seed has already
// imported). Line 5 is a unit label before any task: the parser keeps it in
// the preamble and warns about it.
const DOCUMENT = [
  "测试区教育局2024年工作要点",
  "",
  "2024年全区教育工作的总体要求是：坚持立德树人，推动教育高质量发展。",
  "",
  "责任单位：局办公室",
  "",
  "一、加强党的建设",
  "",
  "1.强化理论学习",
  "",
  "目标任务：深入学习党的创新理论。",
  "",
  "工作举措：组织开展专题学习，推动学习成果转化。",
  "",
  "责任领导：王明、李华",
  "",
  "牵头单位：测试区机关党委",
  "",
  "配合单位：测试区各中小学校",
  "",
  "2.建强基层党组织",
  "",
  "工作举措：推进党支部标准化建设，普惠性幼儿园覆盖率达到95%以上。",
  "",
  "责任领导：王明",
  "",
  "责任单位：测试区组织人事科",
  "",
  "二、提升教育质量",
  "",
  "3.推进课后服务",
  "",
  "工作举措：全面推进课后服务提质增效。",
  "",
  "责任领导：李华",
  "",
  "责任单位：测试区基础教育科",
  "",
].join("\n");

const FILE = { name: "测试区2024年工作要点.txt", mimeType: "text/plain", buffer: Buffer.from(DOCUMENT, "utf8") };

async function uploadAndPreview(page: Page) {
  await page.goto("/plans/import");
  await page.locator('input[type="file"]').setInputFiles(FILE);
  await page.getByRole("button", { name: "解析预览" }).click();
  await expect(page.getByTestId("import-review")).toBeVisible();
}

test("a bureau admin previews, corrects and imports a plan; the same file again is refused", async ({ page }) => {
  await signIn(page, "huiji.admin");
  await expect(page.getByRole("heading", { name: "惠济区教育局" })).toBeVisible({ timeout: 30_000 });
  await page.goto("/plans");
  await page.getByRole("link", { name: "导入规划" }).click();
  await expect(page).toHaveURL(/\/plans\/import$/);

  await test.step("preview shows the parsed tasks, the period and the warning", async () => {
    await uploadAndPreview(page);
    const review = page.getByTestId("import-review");
    await expect(review.getByLabel("规划标题")).toHaveValue("测试区教育局2024年工作要点");
    await expect(page.getByTestId("import-period")).toContainText("2024年");
    await expect(page.getByTestId("import-task-count")).toHaveText("3 项");
    await expect(page.getByTestId("draft-task")).toHaveCount(3);
    await expect(page.getByTestId("draft-task").nth(0)).toContainText("测试区机关党委（牵头）");
    await expect(page.getByTestId("draft-task").nth(1)).toContainText("普惠性幼儿园覆盖率达到95%以上");
    await expect(page.getByTestId("import-warnings")).toContainText("第 5 行：");
    await expect(page.getByTestId("already-imported")).toHaveCount(0);
  });

  await test.step("correct one task title inline", async () => {
    const card = page.getByTestId("draft-task").nth(2);
    await card.getByRole("button", { name: "编辑" }).click();
    await card.getByLabel("任务标题").fill("全面推进课后服务提质增效");
    await card.getByRole("button", { name: "完成" }).click();
    await expect(card.getByTestId("draft-task-title")).toHaveText("全面推进课后服务提质增效");
  });

  await test.step("confirm lands on the new plan with the corrected title and the units", async () => {
    await page.getByRole("button", { name: "确认导入" }).click();
    await expect(page).toHaveURL(/\/plans\/[0-9a-f-]{36}$/);
    await expect(page.getByRole("heading", { level: 1, name: "测试区教育局2024年工作要点" })).toBeVisible();
    await expect(page.getByTestId("task-count")).toContainText("共 3 项任务");
    await expect(page.getByRole("link", { name: "全面推进课后服务提质增效" })).toBeVisible();
    for (const unit of ["测试区机关党委", "测试区各中小学校", "测试区组织人事科", "测试区基础教育科"]) {
      await expect(page.getByTestId("task-row").getByText(unit, { exact: true })).toBeVisible();
    }
    await expect(page.getByTestId("plan-warnings")).toContainText("1 条");
  });

  await test.step("the same file again is refused with the Chinese message", async () => {
    await uploadAndPreview(page);
    await expect(page.getByTestId("already-imported")).toContainText("该文件已导入过");
    await page.getByRole("button", { name: "确认导入" }).click();
    await expect(page.getByTestId("import-review").getByRole("alert")).toContainText("已导入过");
    await expect(page).toHaveURL(/\/plans\/import$/);
  });

  await test.step("with the replace box ticked the earlier import is replaced", async () => {
    const before = page.url();
    await page.getByLabel("替换已导入的同一文件").check();
    await page.getByRole("button", { name: "确认导入" }).click();
    await expect(page).toHaveURL(/\/plans\/[0-9a-f-]{36}$/);
    expect(page.url()).not.toBe(before);
    await expect(page.getByTestId("task-count")).toContainText("共 3 项任务");
    await page.goto("/plans?q=测试区教育局2024年工作要点");
    await expect(page.getByTestId("plan-list").getByRole("link")).toHaveCount(1);
  });
});

test("the same plan sent as a Word file previews the same tasks", async ({ page }) => {
  const paragraphs = DOCUMENT.split("\n").filter((line) => line !== "");
  const buffer = Buffer.from(await docxFromParagraphs(paragraphs));
  await signIn(page, "helan.admin");
  await expect(page.getByRole("heading", { name: "贺兰县教育体育局" })).toBeVisible({ timeout: 30_000 });
  await page.goto("/plans/import");
  await page
    .locator('input[type="file"]')
    .setInputFiles({ name: "测试区2024年工作要点.docx", mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", buffer });
  await page.getByRole("button", { name: "解析预览" }).click();
  const review = page.getByTestId("import-review");
  await expect(review).toBeVisible();
  await expect(review.getByLabel("规划标题")).toHaveValue("测试区教育局2024年工作要点");
  await expect(page.getByTestId("import-task-count")).toHaveText("3 项");
  await expect(page.getByTestId("draft-task").nth(0)).toContainText("测试区机关党委（牵头）");
  await expect(page.getByTestId("draft-task").nth(1)).toContainText("普惠性幼儿园覆盖率达到95%以上");
});

test("the same plan sent as a PDF previews the same tasks, and a scanned PDF is refused in Chinese", async ({ page }) => {
  const blocks = DOCUMENT.split("\n")
    .filter((line) => line !== "")
    .map((text) => ({ kind: "paragraph" as const, text }));
  const buffer = Buffer.from(pdfFromDocument({ format: "pdf", blocks }, { header: "测试区教育局", pageNumbers: "dash" }));
  await signIn(page, "helan.admin");
  await expect(page.getByRole("heading", { name: "贺兰县教育体育局" })).toBeVisible({ timeout: 30_000 });
  await page.goto("/plans/import");
  await expect(page.locator('input[type="file"]')).toHaveAttribute("accept", /\.pdf/);
  await page.locator('input[type="file"]').setInputFiles({ name: "测试区2024年工作要点.pdf", mimeType: "application/pdf", buffer });
  await page.getByRole("button", { name: "解析预览" }).click();
  const review = page.getByTestId("import-review");
  await expect(review).toBeVisible({ timeout: 30_000 });
  await expect(review.getByLabel("规划标题")).toHaveValue("测试区教育局2024年工作要点");
  await expect(page.getByTestId("import-task-count")).toHaveText("3 项");
  await expect(page.getByTestId("draft-task").nth(0)).toContainText("测试区机关党委（牵头）");

  await page.goto("/plans/import");
  await page.locator('input[type="file"]').setInputFiles({ name: "扫描件.pdf", mimeType: "application/pdf", buffer: Buffer.from(scannedPdf(2)) });
  await page.getByRole("button", { name: "解析预览" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "该 PDF 没有可识别的文字（可能是扫描件），请上传 Word 原文或文字版 PDF" })).toBeVisible({
    timeout: 30_000,
  });
});

test("plan import is for bureau admins only", async ({ page }) => {
  await signIn(page, "huiji.staff");
  await expect(page.getByRole("heading", { name: "惠济区教育局" })).toBeVisible({ timeout: 30_000 });
  await page.goto("/plans");
  await expect(page.getByTestId("plan-list")).toBeVisible();
  await expect(page.getByRole("link", { name: "导入规划" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "编辑" })).toHaveCount(0);
  expect((await page.goto("/plans/import"))?.status()).toBe(404);
});

test("the review selects tasks and gives them a leader at once, shows each task's source line, and warns of another place's issuer", async ({ page }) => {
  const document = [
    "测试区教育局2025年工作要点",
    "",
    "一、加强党的建设",
    "",
    "1.强化理论学习",
    "",
    "工作举措：组织开展专题学习。",
    "",
    "2.建强基层党组织",
    "",
    "工作举措：推进党支部标准化建设。",
    "",
    "3.推进课后服务",
    "",
    "工作举措：全面推进课后服务提质增效。",
    "",
    "中共西吉县委教育工作领导小组",
    "2025年1月5日",
  ].join("\n");
  await signIn(page, "huiji.admin");
  await expect(page.getByRole("heading", { name: "惠济区教育局" })).toBeVisible({ timeout: 30_000 });
  await page.goto("/plans/import");
  await page.locator('input[type="file"]').setInputFiles({ name: "批量设置测试.txt", mimeType: "text/plain", buffer: Buffer.from(document, "utf8") });
  await page.getByRole("button", { name: "解析预览" }).click();
  await expect(page.getByTestId("issuer-warning")).toHaveText(
    "发文单位为“中共西吉县委教育工作领导小组”，不是本局（惠济区教育局）所在地区，请确认这份文件应导入本局",
  );
  const cards = page.getByTestId("draft-task");
  await expect(cards.nth(1).getByTestId("draft-task-source")).toHaveText("原文位置：第 9 行");

  await page.getByRole("checkbox", { name: "选择任务：1 强化理论学习" }).check();
  await page.getByRole("checkbox", { name: "选择任务：3 推进课后服务" }).check();
  await expect(page.getByTestId("bulk-selected")).toHaveText("已选 2 / 3 项");
  await page.getByLabel("批量责任领导").fill("周 红、李华");
  await page.getByRole("button", { name: "设置领导" }).click();
  await expect(page.getByTestId("bulk-assign").getByRole("status")).toHaveText("已为所选 2 项任务添加责任领导：周红、李华");
  await expect(cards.nth(0)).toContainText("责任领导 周红、李华");
  await expect(cards.nth(1)).toContainText("责任领导 未识别");
  await expect(cards.nth(2)).toContainText("责任领导 周红、李华");

  await page.getByLabel("批量单位", { exact: true }).fill("测试区组织人事科");
  await page.getByLabel("批量单位角色").selectOption("lead");
  await page.getByRole("button", { name: "设置单位" }).click();
  await expect(cards.nth(2)).toContainText("测试区组织人事科（牵头）");
  expect(await axeViolations(page)).toEqual([]);
});

test("an Excel 目标任务分解表 previews its tasks with their table rows and due dates, and imports them", async ({ page }) => {
  const buffer = Buffer.from(await xlsxFromDocument(goalTasksBreakdown));
  await signIn(page, "helan.admin");
  await expect(page.getByRole("heading", { name: "贺兰县教育体育局" })).toBeVisible({ timeout: 30_000 });
  await page.goto("/plans/import");
  await page.locator('input[type="file"]').setInputFiles({
    name: "目标任务分解表.xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer,
  });
  await page.getByRole("button", { name: "解析预览" }).click();
  const review = page.getByTestId("import-review");
  await expect(review.getByLabel("规划标题")).toHaveValue("北川县2025年教育体育工作目标任务分解表");
  await expect(page.getByTestId("import-task-count")).toHaveText("5 项");
  const first = page.getByTestId("draft-task").nth(0);
  await expect(first.getByTestId("draft-task-source")).toHaveText(/^原文位置：表 1 第 \d+ 行$/);
  await expect(first).toContainText("责任领导 俞悦");
  await expect(first).toContainText("2025-12-31");
  await page.getByRole("button", { name: "确认导入" }).click();
  await expect(page).toHaveURL(/\/plans\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId("task-count")).toContainText("共 5 项任务");
  await expect(page.getByTestId("plan-section")).toHaveCount(2);
});
