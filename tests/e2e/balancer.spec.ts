// Two `next start` behind a real load balancer (decision 0042): haproxy on
// E2E_PORT_LB, round robin, no stickiness, naming the server that answered in
// X-Served-By (tests/e2e/serve.ts). Through it, one browser session: sign-in,
// a server action (status change), a 催办 whose group-robot message the job
// worker (pg-boss, inline in both instances) delivers, and an evidence file
// uploaded once and downloaded byte-identical from both servers, each of which
// has its own, empty, upload folder. Then the old two-instance checks: a
// session signed by one instance is accepted by the other, directly.
import { readdir } from "node:fs/promises";
import { expect as baseExpect, request, test } from "@playwright/test";
import pg from "pg";
import { SERVED_BY_HEADER } from "@/tests/support/haproxy";
import { BALANCER_WORLD as W } from "./balancer-world";
import { fixtures, signIn } from "./helpers";

// Sign-in hashing and server renders are slow on a busy two-core machine; the worker's cron fires once a minute.
const expect = baseExpect.configure({ timeout: 30_000 });
test.setTimeout(300_000);

/** 1.2 MB: five 256 KiB chunks in PostgreSQL, streamed in two reads. */
function largePdf(bytes = 1_200_000): Buffer {
  const out = Buffer.alloc(bytes);
  for (let i = 0; i < bytes; i++) out[i] = (i * 31 + (i >> 10)) % 256;
  out.write("%PDF-1.7\n", 0, "latin1");
  out.write("\n%%EOF\n", bytes - 7, "latin1");
  return out;
}

/** The 催办's outbox rows: state, and on a retry the attempts and why (a failure then says what went wrong). */
async function outboxStates(ownerUrl: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ state: string; attempts: number; lastError: string | null }>(
      `SELECT o.state, o.attempts, o.last_error AS "lastError" FROM outbox_messages o JOIN tenants t ON t.id = o.tenant_id WHERE t.code = $1 AND o.kind = 'urge'`,
      [W.code],
    );
    return rows.map((r) => (r.state === "sent" ? r.state : `${r.state} (${r.attempts}: ${r.lastError ?? ""})`));
  } finally {
    await client.end();
  }
}

test("through haproxy, round robin: sign-in, a server action, a job, and evidence uploaded once and downloaded from both servers", async ({ browser }) => {
  const f = fixtures();
  expect(f.secondOrigin, "serve.ts started no second instance (E2E_PORT_2)").toBeTruthy();
  test.skip(!f.balancer?.origin, "haproxy 不可用（/usr/sbin/haproxy 缺失且无法用 apt-get 安装）");
  const origin = f.balancer!.origin!;
  const context = await browser.newContext({ baseURL: origin, locale: "zh-CN" });
  const page = await context.newPage();
  const servedBy = new Set<string>();
  page.on("response", (r) => {
    const server = r.headers()[SERVED_BY_HEADER];
    if (server && r.url().startsWith(origin)) servedBy.add(server);
  });

  // Sign-in: the session cookie set by one server is accepted by the other on the next request.
  await signIn(page, W.staff);
  await expect(page.getByRole("heading", { name: W.name })).toBeVisible();
  await page.goto("/plans");
  await page.getByTestId("plan-list").getByRole("link", { name: W.plan }).click();
  const taskPath = await page.getByTestId("task-row").first().getByRole("link").first().getAttribute("href");
  expect(taskPath).toMatch(/^\/tasks\/[0-9a-f-]{36}$/);
  await page.goto(taskPath!);

  await test.step("a server action (status change), then the page read again shows it", async () => {
    const form = page.getByTestId("task-status-form");
    await form.getByLabel("状态").selectOption("delayed");
    await form.getByLabel("说明（可选）").fill("负载均衡测试");
    await form.getByRole("button", { name: "保存状态" }).click();
    await expect(form.getByRole("status")).toHaveText("已保存任务状态");
    await page.reload();
    await expect(page.getByTestId("task-status-form").getByLabel("状态")).toHaveValue("delayed");
  });

  await test.step("a 催办 queues a group-robot message for the job worker", async () => {
    await page.getByPlaceholder("催办说明（可选）").fill("请尽快报送");
    await page.getByRole("button", { name: "催办", exact: true }).click();
    await expect(page.getByText(`已发送到群机器人：${W.school}`)).toBeVisible();
  });

  const pdf = largePdf();
  await test.step("evidence uploaded once through the balancer, downloaded byte-identical from both servers", async () => {
    await page
      .getByTestId("task-slots")
      .getByRole("link", { name: new RegExp(W.school) })
      .click();
    await expect(page.getByTestId("report-form")).toBeVisible();
    await page.getByLabel("上传附件").setInputFiles({ name: "集团化办学材料.pdf", mimeType: "application/pdf", buffer: pdf });
    const link = page.getByTestId("attachments").getByRole("link", { name: "集团化办学材料.pdf" });
    await expect(link).toBeVisible();
    const href = await link.getAttribute("href");
    expect(href).toMatch(/^\/api\/v1\/attachments\/[0-9a-f-]{36}$/);
    const answeredBy = new Set<string>();
    // Round robin over every request, the page's own background requests included: one of them
    // between each download can keep landing the downloads on one server, so ask until both answered.
    for (let i = 0; i < 12 && answeredBy.size < 2; i++) {
      const response = await page.request.get(href!);
      expect(response.status()).toBe(200);
      expect(Buffer.compare(await response.body(), pdf)).toBe(0);
      answeredBy.add(response.headers()[SERVED_BY_HEADER]!);
    }
    expect([...answeredBy].sort()).toEqual(["a", "b"]);
    // Nothing was written to either server's disk: the file is in PostgreSQL.
    for (const dir of f.balancer!.uploadDirs) expect(await readdir(dir).catch(() => [])).toEqual([]);
  });

  await test.step("the job worker delivered the 催办 to the group robot", async () => {
    await expect.poll(() => outboxStates(f.ownerUrl), { timeout: 150_000, intervals: [2_000] }).toEqual(["sent"]);
  });
  expect([...servedBy].sort()).toEqual(["a", "b"]);

  // The two-instance checks: A's session, sent straight to B, is valid there; no session is not.
  const taskId = taskPath!.split("/").pop()!;
  const withSession = await request.newContext({ baseURL: f.secondOrigin!, storageState: await context.storageState() });
  const anonymous = await request.newContext({ baseURL: f.secondOrigin! });
  try {
    const answer = await withSession.get(`/api/v1/tasks/${taskId}`);
    expect(answer.status()).toBe(200);
    expect(await answer.json()).toMatchObject({ id: taskId, status: "delayed" });
    expect((await anonymous.get(`/api/v1/tasks/${taskId}`)).status()).toBe(401);
  } finally {
    await withSession.dispose();
    await anonymous.dispose();
    await context.close();
  }
});
