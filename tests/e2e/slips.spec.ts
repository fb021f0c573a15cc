// 督办单 in a real browser: staff issue one from a task page, the unit's
// reporter finds it in the list, replies, and downloads it as a PDF rendered
// by Chromium with the reporter's own session (and as .docx).
import { expect as baseExpect, test } from "@playwright/test";
import pg from "pg";
import { fixtures, signIn } from "./helpers";

// Sign-in hashing and server renders are slow on a busy two-core machine: wait up to 30 s for each.
const expect = baseExpect.configure({ timeout: 30_000 });

/** The demo reporter's unit in 金凤区 and the first task of the main plan that names it. */
async function reporterTask(): Promise<{ taskId: string; unitName: string; taskTitle: string }> {
  const client = new pg.Client({ connectionString: fixtures().ownerUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ task_id: string; unit_name: string; title: string }>(`
      SELECT t.id AS task_id, u.name AS unit_name, t.title
      FROM memberships m JOIN users us ON us.id = m.user_id
      JOIN task_units tu ON tu.tenant_id = m.tenant_id AND tu.org_unit_id = m.org_unit_id
      JOIN tasks t ON t.id = tu.task_id JOIN org_units u ON u.id = m.org_unit_id
      WHERE us.username = 'jinfeng.reporter'
      ORDER BY t.position LIMIT 1`);
    const row = rows[0]!;
    return { taskId: row.task_id, unitName: row.unit_name, taskTitle: row.title };
  } finally {
    await client.end();
  }
}

test.setTimeout(180_000);

test("staff issue a 督办单 from the task page; the unit's reporter replies and downloads it as PDF and Word", async ({ page }) => {
  const { taskId, unitName, taskTitle } = await reporterTask();
  let numberText = "";

  await test.step("staff issue it, the text prefilled from the task", async () => {
    await signIn(page, "jinfeng.staff");
    await expect(page.getByRole("heading", { name: "金凤区教育局" })).toBeVisible();
    await page.goto(`/tasks/${taskId}`);
    await page.getByText("填写督办单").click();
    const form = page.getByTestId("issue-slip-form");
    await form.getByLabel("被督办单位").selectOption({ label: unitName });
    await expect(form.getByLabel("督办内容")).toHaveValue(new RegExp(`^${unitName}：`));
    await expect(form.getByLabel("督办内容")).toHaveValue(new RegExp(taskTitle.slice(0, 10)));
    await form.getByLabel("督办等级").selectOption("yellow");
    await form.getByRole("button", { name: "下发督办单" }).click();
    const status = form.getByRole("status");
    await expect(status).toContainText(`已向${unitName}下发督办单`);
    numberText = /督办〔\d{4}〕\d+号/.exec(await status.innerText())![0];
    await page.getByRole("button", { name: "退出登录" }).click();
    await expect(page).toHaveURL(/\/login/);
  });

  let slipPath = "";
  await test.step("the reporter finds it awaiting a reply and answers", async () => {
    await signIn(page, "jinfeng.reporter");
    await expect(page.getByRole("heading", { name: "金凤区教育局" })).toBeVisible();
    await page.goto("/supervision/slips");
    await page.getByTestId("slip-list").getByRole("link", { name: numberText }).click();
    await expect(page).toHaveURL(/\/supervision\/slips\/[0-9a-f-]{36}$/);
    slipPath = new URL(page.url()).pathname;
    await expect(page.getByTestId("slip-title")).toHaveText("督办单");
    await expect(page.getByTestId("slip-number")).toHaveText(numberText);
    await expect(page.getByTestId("slip-document")).toContainText("黄色督办（进度滞后）");
    await page.getByLabel("回复内容").fill("已召开专题会议，本月底前完成。");
    await page.getByRole("button", { name: "提交回复" }).click();
    // The page re-renders with the reply in the slip and no form.
    await expect(page.getByTestId("slip-reply")).toContainText("已召开专题会议，本月底前完成。");
    await page.reload();
    await expect(page.getByTestId("slip-reply")).toContainText("已召开专题会议，本月底前完成。");
    await expect(page.getByRole("button", { name: "提交回复" })).toHaveCount(0);
  });

  await test.step("PDF (printed by Chromium as the reporter) and Word downloads", async () => {
    const id = slipPath.split("/").pop()!;
    await expect(page.getByRole("link", { name: "下载 PDF" })).toHaveAttribute("href", `/api/v1/slips/${id}.pdf`);
    const pdf = await page.request.get(`/api/v1/slips/${id}.pdf`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()["content-type"]).toBe("application/pdf");
    const body = await pdf.body();
    expect(body.subarray(0, 4).toString("latin1")).toBe("%PDF");
    expect(body.byteLength).toBeGreaterThan(5_000);
    const docx = await page.request.get(`/api/v1/slips/${id}.docx`);
    expect(docx.status()).toBe(200);
    expect((await docx.body()).subarray(0, 2).toString("latin1")).toBe("PK");
  });
});
