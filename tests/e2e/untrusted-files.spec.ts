import { expect, test } from "@playwright/test";
import { docxBomb, docxOfTooMuchText } from "../support/office-archives";
import { signIn } from "./helpers";
import { holdDemoWorld } from "./demo-world-lock";

holdDemoWorld();

// Against the production server (its heap bounded as in production): the
// reported .docx bomb is refused by the archive gate, and a .docx within every
// archive limit that carries millions of characters is stopped in its worker. Both
// answer in Chinese, and the server then serves the next pages. The refusal
// itself is the proof that the web process survived the parse: a process the
// parse killed cannot answer it (while the supervisor restarts one, the
// wizard shows its network error instead).
const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

test("hostile .docx files in the import wizard are refused in Chinese and the server keeps answering", async ({ page }) => {
  await signIn(page, "xingqing.admin");
  await expect(page.getByRole("heading", { name: "兴庆区教育局" })).toBeVisible();

  const cases: [string, Buffer, string | RegExp][] = [
    ["the reported bomb", docxBomb(40), /^文件解压后过大（.*），可能已损坏或被构造，已拒绝$/],
    ["more text than any plan", docxOfTooMuchText(15), "文档内容过多（超过 60 万字），请删除无关内容或拆分后导入"],
  ];
  for (const [what, buffer, message] of cases) {
    await test.step(what, async () => {
      await page.goto("/plans/import");
      await page.locator('input[type="file"]').setInputFiles({ name: "规划.docx", mimeType: DOCX, buffer });
      await page.getByRole("button", { name: "解析预览" }).click();
      await expect(page.getByRole("alert").filter({ hasText: message })).toBeVisible({ timeout: 30_000 });
      await expect(page.getByTestId("import-review")).toHaveCount(0);
    });
  }

  await test.step("the server still answers: the plan list loads", async () => {
    await page.goto("/plans");
    await expect(page.getByTestId("plan-list")).toBeVisible();
    expect((await page.request.get("/api/v1/plans")).status()).toBe(200);
  });
});
