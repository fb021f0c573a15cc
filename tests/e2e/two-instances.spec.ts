// Two `next start` processes on one database (tests/e2e/serve.ts starts the
// second on E2E_PORT_2): a write through instance A is read through instance
// B, and a session signed by A is accepted by B (same NEXTAUTH_SECRET, JWT
// sessions, nothing kept in either process).
import { expect, request, test } from "@playwright/test";
import { fixtures, signIn } from "./helpers";
import { holdDemoWorld } from "./demo-world-lock";

holdDemoWorld();

const USER = "huiji.staff";
const STATUS_LABELS = { not_started: "未启动", in_progress: "推进中", completed: "已完成", delayed: "滞后", paused: "暂缓" } as const;
type Status = keyof typeof STATUS_LABELS;

test("a write on one instance is read on the other, and A's session works on B", async ({ page, browser, baseURL }) => {
  const originB = fixtures().secondOrigin;
  // playwright.config.ts always passes E2E_PORT_2, so the second instance must be there.
  expect(originB, "serve.ts started no second instance (E2E_PORT_2)").toBeTruthy();
  const originA = new URL(baseURL!).origin;
  expect(originB).not.toBe(originA);

  // Instance A: change a task's status through the task page's form.
  await signIn(page, USER);
  await expect(page.getByRole("heading", { name: "惠济区教育局" })).toBeVisible();
  await page.goto("/plans");
  await page.getByTestId("plan-list").getByRole("link").first().click();
  const taskPath = await page.getByTestId("task-row").first().getByRole("link").first().getAttribute("href");
  expect(taskPath).toMatch(/^\/tasks\/[0-9a-f-]{36}$/);
  await page.goto(taskPath!);
  const form = page.getByTestId("task-status-form");
  const before = (await form.getByLabel("状态").inputValue()) as Status;
  const after: Status = before === "paused" ? "delayed" : "paused";
  await form.getByLabel("状态").selectOption(after);
  await form.getByLabel("说明（可选）").fill("两个实例测试");
  await form.getByRole("button", { name: "保存状态" }).click();
  await expect(form.getByRole("status")).toHaveText("已保存任务状态");

  // Instance B, fresh browser context: sign in there and read the new status.
  const contextB = await browser.newContext({ baseURL: originB!, locale: "zh-CN" });
  try {
    const pageB = await contextB.newPage();
    await signIn(pageB, USER);
    await expect(pageB.getByRole("heading", { name: "惠济区教育局" })).toBeVisible();
    const response = await pageB.goto(taskPath!);
    expect(new URL(response!.url()).origin).toBe(originB);
    await expect(pageB.getByTestId("task-status-form").getByLabel("状态")).toHaveValue(after);
    await expect(pageB.getByRole("heading", { level: 1 }).locator("..")).toContainText(STATUS_LABELS[after]);
  } finally {
    await contextB.close();
  }

  // A's cookies, sent to B: the session signed by A is valid there.
  const taskId = taskPath!.split("/").pop()!;
  const withA = await request.newContext({ baseURL: originB!, storageState: await page.context().storageState() });
  const anonymous = await request.newContext({ baseURL: originB! });
  try {
    const answer = await withA.get(`/api/v1/tasks/${taskId}`);
    expect(answer.status()).toBe(200);
    expect(await answer.json()).toMatchObject({ id: taskId, status: after });
    expect((await anonymous.get(`/api/v1/tasks/${taskId}`)).status()).toBe(401);
  } finally {
    await withA.dispose();
    await anonymous.dispose();
  }
});
