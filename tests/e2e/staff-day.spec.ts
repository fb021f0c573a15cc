// A staff member's 督办 day in a real browser, in a bureau of its own
// (staff-day-world.ts): the counts of what waits, three reports approved in
// one step, a task assigned (交办), a 督办单 issued, answered by the school and
// downloaded as PDF (printed by Chromium) and Word, the school's 签收 and its
// closing request with evidence, approved by staff — the task is 销号.
import { expect as baseExpect, test, type Browser, type Page } from "@playwright/test";
import { signIn } from "./helpers";
import { expectPrintedPdf } from "./printed-pdf";
import { STAFF_DAY, SUBMITTED_REPORTS } from "./staff-day-world";

// Sign-in hashing and server renders are slow on a busy two-core machine.
const expect = baseExpect.configure({ timeout: 30_000 });
test.setTimeout(240_000);

async function as(browser: Browser, baseURL: string | undefined, username: string): Promise<Page> {
  const context = await browser.newContext({ baseURL, locale: "zh-CN" });
  const page = await context.newPage();
  await signIn(page, username);
  await expect(page.getByRole("heading", { name: STAFF_DAY.name })).toBeVisible();
  return page;
}

const count = (page: Page, key: string) => page.getByTestId(`queue-${key}`).locator("p").nth(1);

test("staff see what waits, approve in bulk, issue a 督办单 the school answers, and close a task on the school's request", async ({ browser, baseURL }) => {
  const staff = await as(browser, baseURL, STAFF_DAY.staff);
  const [closingTask] = STAFF_DAY.tasks;

  await test.step("the home page counts what waits, and 审核 carries its count", async () => {
    await expect(count(staff, "toReview")).toHaveText(String(SUBMITTED_REPORTS));
    await expect(count(staff, "toAcknowledge")).toHaveText(String(STAFF_DAY.tasks.length - 1));
    for (const key of ["extensionRequests", "closingRequests", "slipsAwaitingReply"]) await expect(count(staff, key)).toHaveText("0");
    const nav = staff.getByRole("navigation", { name: "主导航" });
    await expect(nav.getByRole("link", { name: new RegExp(`^审核\\s?（待审核 ${SUBMITTED_REPORTS}）$`) })).toBeVisible();
  });

  await test.step("every waiting report is approved in one step", async () => {
    await staff.getByTestId("queue-toReview").click();
    await expect(staff).toHaveURL(/\/review/);
    await expect(staff.getByTestId("review-item")).toHaveCount(SUBMITTED_REPORTS);
    await staff.getByRole("checkbox", { name: /全选/ }).check();
    await staff.getByRole("button", { name: `通过所选（${SUBMITTED_REPORTS}）` }).click();
    await expect(staff.getByRole("status").filter({ hasText: `已通过 ${SUBMITTED_REPORTS} 份报告` })).toBeVisible();
    await staff.goto("/");
    await expect(count(staff, "toReview")).toHaveText("0");
  });

  let taskPath = "";
  let slipNumber = "";
  await test.step("staff assign the first task and issue a 督办单 to its lead school", async () => {
    await staff.goto("/tasks");
    await staff.getByRole("link", { name: closingTask }).first().click();
    await expect(staff).toHaveURL(/\/tasks\/[0-9a-f-]{36}$/);
    taskPath = new URL(staff.url()).pathname;
    const panel = staff.getByTestId("supervision-panel");
    await panel.getByRole("button", { name: /^交办/ }).click();
    // The page refreshes with the unit's state (nothing is left to assign).
    await expect(panel.getByRole("button", { name: /^交办/ })).toHaveCount(0);
    await expect(panel).toContainText("待签收");
    await staff.getByText("填写督办单").click();
    const form = staff.getByTestId("issue-slip-form");
    await form.getByLabel("被督办单位").selectOption({ label: STAFF_DAY.schools[0] });
    await form.getByRole("button", { name: "下发督办单" }).click();
    const status = form.getByRole("status");
    await expect(status).toContainText(`已向${STAFF_DAY.schools[0]}下发督办单`);
    slipNumber = /督办〔\d{4}〕1号/.exec(await status.innerText())![0];
    await staff.goto("/");
    await expect(count(staff, "slipsAwaitingReply")).toHaveText("1");
  });

  const school = await as(browser, baseURL, STAFF_DAY.reporter);
  await test.step("the school signs for its task and answers the 督办单", async () => {
    await school.goto("/my-tasks");
    const card = school
      .getByTestId("awaiting-ack")
      .locator("li")
      .filter({ has: school.locator(`a[href="${taskPath}"]`) });
    await card.getByRole("button", { name: "签收" }).click();
    await expect(card).toHaveCount(0);
    await school.goto("/supervision/slips");
    await school.getByTestId("slip-list").getByRole("link", { name: slipNumber }).click();
    await school.getByLabel("回复内容").fill("已成立专班，月底前完成集团章程修订。");
    await school.getByRole("button", { name: "提交回复" }).click();
    await expect(school.getByTestId("slip-reply")).toContainText("已成立专班");
    const id = new URL(school.url()).pathname.split("/").pop()!;
    await expect(school.getByRole("link", { name: "下载 PDF" })).toHaveAttribute("href", `/api/v1/slips/${id}.pdf`);
    await expectPrintedPdf(await school.request.get(`/api/v1/slips/${id}.pdf`));
    const docx = await school.request.get(`/api/v1/slips/${id}.docx`);
    expect(docx.status()).toBe(200);
    expect((await docx.body()).subarray(0, 2).toString("latin1")).toBe("PK");
  });

  await test.step("the school asks to close the task, with its completion report and evidence", async () => {
    await school.goto(taskPath);
    const panel = school.getByTestId("supervision-panel");
    await panel.locator("summary", { hasText: "申请办结销号" }).click();
    const closing = panel.getByRole("form", { name: "办结销号申请" });
    await closing.getByLabel("完成情况报告").fill("集团化办学章程已印发，三校完成结对。");
    await closing.getByLabel(/佐证材料/).setInputFiles({ name: "章程.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.7\n章程\n%%EOF\n") });
    await closing.getByRole("button", { name: "申请办结销号" }).click();
    await expect(closing.getByRole("status")).toContainText("已提交办结销号申请");
  });

  await test.step("staff see the reply and the request, and approve the closing", async () => {
    await staff.goto("/");
    await expect(count(staff, "slipsAwaitingReply")).toHaveText("0");
    await expect(count(staff, "toAcknowledge")).toHaveText(String(STAFF_DAY.tasks.length - 1));
    await expect(count(staff, "closingRequests")).toHaveText("1");
    await staff.getByTestId("queue-closingRequests").click();
    const row = staff
      .getByTestId("request-list")
      .locator("li")
      .filter({ has: staff.locator(`a[href="${taskPath}"]`) });
    await expect(row.getByRole("link", { name: "章程.pdf" })).toBeVisible();
    await row.getByRole("button", { name: /^同意销号（任务 \S+ · .+）$/ }).click();
    await expect(row).toHaveCount(0);
    await staff.goto(taskPath);
    await expect(staff.getByTestId("supervision-panel")).toContainText("已销号");
    const history = staff.getByTestId("task-history");
    for (const step of ["交办", "签收", "下发督办单", "回复督办单", "申请办结销号", "办结销号"]) await expect(history).toContainText(step);
  });
});
