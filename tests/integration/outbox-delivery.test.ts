// Reminders that reach people (issue 14, point 7): notices are written to the
// outbox in the transaction of their event and delivered by the
// deliver-outbox job — to a real SMTP server (smtp-server, read back with
// mailparser) and to loopback receivers playing 企业微信 and 钉钉 — once per
// channel, with retries, and again after a worker dies mid-delivery.
import { execFile, spawn } from "node:child_process";
import { createHmac } from "node:crypto";
import { promisify } from "node:util";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { sendDailyDigests } from "@/lib/jobs/send-digests";
import { deliverOutbox } from "@/lib/outbox/deliver-outbox";
import { MAX_ATTEMPTS } from "@/lib/outbox/retry";
import { messageIdOf } from "@/lib/outbox/send-email";
import { urgeTaskAction } from "@/lib/tasks/actions";
import { ownerDb, signInAs, tenantIdOf } from "@/tests/support/db";
import { openPeriodFor, reporterSlots } from "@/tests/support/reporting";
import { startRobotReceiver } from "@/tests/support/robot-receiver";
import { startSmtpReceiver } from "@/tests/support/smtp-receiver";

const ENV_KEYS = ["EDUPLAN_SMTP_URL", "EDUPLAN_SMTP_FROM", "EDUPLAN_WECOM_WEBHOOK", "EDUPLAN_DINGTALK_WEBHOOK", "EDUPLAN_DINGTALK_SECRET", "NEXTAUTH_URL"];
const savedEnv = Object.fromEntries(ENV_KEYS.map((k) => [k, process.env[k]]));
const PUBLIC = "https://edu.example.gov.cn";
const closers: (() => Promise<void>)[] = [];

beforeAll(async () => {
  process.env.NEXTAUTH_URL = PUBLIC;
  await ownerDb().user.update({ where: { username: "jinfeng.reporter" }, data: { email: "reporter@jinfeng.example.cn" } });
  await ownerDb().user.update({ where: { username: "jinfeng.staff" }, data: { email: "staff@jinfeng.example.cn" } });
});

afterEach(async () => {
  for (const close of closers.splice(0)) await close();
  for (const k of ENV_KEYS.slice(0, 5)) delete process.env[k];
  await ownerDb().outboxMessage.deleteMany({});
  await ownerDb().robotWebhook.deleteMany({});
  await ownerDb().reportSlot.updateMany({ data: { lastUrgedAt: null } });
});

afterAll(() => {
  for (const [k, v] of Object.entries(savedEnv))
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
});

async function smtp() {
  const receiver = await startSmtpReceiver();
  closers.push(receiver.close);
  process.env.EDUPLAN_SMTP_URL = receiver.url;
  process.env.EDUPLAN_SMTP_FROM = "EduPlan <notice@jinfeng.example.cn>";
  return receiver;
}

async function robot(answer: Parameters<typeof startRobotReceiver>[0] = () => ({ status: 200 })) {
  const receiver = await startRobotReceiver(answer);
  closers.push(receiver.close);
  return receiver;
}

/** 催办 on a jinfeng task whose slot belongs to the demo reporter's unit; returns the slot and the result. */
async function urge(message = "请本周内报送") {
  await openPeriodFor("jinfeng", /教育工作要点/);
  const slot = (await reporterSlots("jinfeng")).find((s) => s.status === "open")!;
  await signInAs("jinfeng.leader");
  const result = await urgeTaskAction(null, { taskId: slot.taskId, message });
  expect(result).toMatchObject({ ok: true });
  const units = await ownerDb().reportSlot.count({ where: { taskId: slot.taskId, periodId: slot.periodId } });
  return { slot, units };
}

/** Lets every leased or backed-off message be due now, instead of waiting. */
const makeDue = () => ownerDb().outboxMessage.updateMany({ where: { state: "pending" }, data: { nextAttemptAt: new Date(Date.now() - 1000) } });

describe("the outbox", () => {
  it("a 催办 reaches the reporter's mailbox and the unit's group once, with a link to the slot", async () => {
    const mail = await smtp();
    const wecom = await robot();
    process.env.EDUPLAN_WECOM_WEBHOOK = `${wecom.base}/cgi-bin/webhook/send?key=test`;
    const { slot, units } = await urge();

    // Queued with the event: one e-mail (the only reporter with an address), one robot message per unit.
    const rows = await ownerDb().outboxMessage.findMany({ orderBy: { channel: "asc" } });
    expect(rows.filter((r) => r.channel === "email").map((r) => r.target)).toEqual(["reporter@jinfeng.example.cn"]);
    expect(rows.filter((r) => r.channel === "wecom")).toHaveLength(units);
    // Units without any reporter are among them: their group still hears the 催办.
    const withReporters = await ownerDb().membership.count({
      where: {
        role: "unit_reporter",
        orgUnitId: { in: (await ownerDb().reportSlot.findMany({ where: { taskId: slot.taskId, periodId: slot.periodId } })).map((s) => s.orgUnitId) },
      },
    });
    expect(withReporters).toBeLessThan(units);
    expect(rows.every((r) => r.state === "pending" && r.target !== "")).toBe(true);

    expect(await deliverOutbox(getPrisma())).toEqual({ sent: units + 1, retrying: 0, failed: 0 });
    expect(mail.mails).toHaveLength(1);
    const [m] = mail.mails;
    expect(m!.to).toMatchObject({ text: "reporter@jinfeng.example.cn" });
    expect(m!.subject).toMatch(/^催办：任务 /);
    expect(m!.text).toContain("请本周内报送");
    expect(m!.text).toContain(`${PUBLIC}/reports/${slot.id}`);
    const emailRow = rows.find((r) => r.channel === "email")!;
    expect(m!.messageId).toBe(messageIdOf(emailRow.tenantId, emailRow.messageKey, process.env.EDUPLAN_SMTP_FROM!));

    expect(wecom.requests).toHaveLength(units);
    const mine = wecom.requests.find((r) => r.body.includes(`/reports/${slot.id}`))!;
    expect(mine.json).toMatchObject({ msgtype: "markdown", markdown: { content: expect.stringContaining("请本周内报送") } });
    expect((mine.json as { markdown: { content: string } }).markdown.content).toContain(`(${PUBLIC}/reports/${slot.id})`);

    // Delivered means done: the next run sends nothing, and every row says sent.
    expect(await deliverOutbox(getPrisma())).toEqual({ sent: 0, retrying: 0, failed: 0 });
    expect(mail.mails).toHaveLength(1);
    expect(await ownerDb().outboxMessage.count({ where: { state: "sent", attempts: 1, sentAt: { not: null } } })).toBe(units + 1);
  });

  it("without SMTP or robots nothing is queued; the inbox still has the notice", async () => {
    await urge();
    expect(await ownerDb().outboxMessage.count()).toBe(0);
    expect(await ownerDb().inboxMessage.count({ where: { kind: "urge", user: { username: "jinfeng.reporter" } } })).toBeGreaterThan(0);
  });

  it("a unit's own robot wins over the bureau's, and the bureau's over the deployment's; 钉钉 messages are signed", async () => {
    const secret = "SECtest-secret-0123456789";
    const own = await robot();
    const bureau = await robot();
    const env = await robot();
    process.env.EDUPLAN_WECOM_WEBHOOK = `${env.base}/cgi-bin/webhook/send?key=env`;
    const tenantId = await tenantIdOf("jinfeng");
    const reporterUnit = (await ownerDb().membership.findFirstOrThrow({ where: { user: { username: "jinfeng.reporter" } } })).orgUnitId!;
    await ownerDb().robotWebhook.create({
      data: { tenantId, orgUnitId: reporterUnit, kind: "dingtalk", url: `${own.base}/robot/send?access_token=unit`, secret },
    });
    await ownerDb().robotWebhook.create({ data: { tenantId, orgUnitId: null, kind: "wecom", url: `${bureau.base}/cgi-bin/webhook/send?key=bureau` } });
    const { units } = await urge();

    await deliverOutbox(getPrisma());
    expect(env.requests).toHaveLength(0);
    expect(own.requests).toHaveLength(1);
    expect(bureau.requests).toHaveLength(units - 1);
    const signed = new URL(own.requests[0]!.url, own.base);
    const timestamp = signed.searchParams.get("timestamp")!;
    expect(signed.searchParams.get("access_token")).toBe("unit");
    expect(Math.abs(Number(timestamp) - Date.now())).toBeLessThan(60_000);
    expect(signed.searchParams.get("sign")).toBe(createHmac("sha256", secret).update(`${timestamp}\n${secret}`).digest("base64"));
    expect(own.requests[0]!.json).toMatchObject({
      msgtype: "markdown",
      markdown: { title: expect.stringMatching(/^催办/), text: expect.stringContaining("请本周内报送") },
    });
  });

  it("a receiver answering 500 twice and then 200 gets the message exactly once", async () => {
    const wecom = await robot((_req, i) => (i < 2 ? { status: 500 } : { status: 200 }));
    process.env.EDUPLAN_WECOM_WEBHOOK = `${wecom.base}/cgi-bin/webhook/send?key=flaky`;
    const tenantId = await tenantIdOf("jinfeng");
    const unit = (await ownerDb().membership.findFirstOrThrow({ where: { user: { username: "jinfeng.reporter" } } })).orgUnitId!;
    // One unit only: its own robot, so exactly one message is in play.
    await ownerDb().robotWebhook.create({ data: { tenantId, orgUnitId: unit, kind: "wecom", url: process.env.EDUPLAN_WECOM_WEBHOOK } });
    delete process.env.EDUPLAN_WECOM_WEBHOOK;
    await urge();

    expect(await deliverOutbox(getPrisma())).toMatchObject({ sent: 0, retrying: 1 });
    const first = await ownerDb().outboxMessage.findFirstOrThrow({ where: { channel: "wecom" } });
    expect(first).toMatchObject({ state: "pending", attempts: 1, lastError: "接收方返回错误（HTTP 500）" });
    // Backed off: not due again at once.
    expect(first.nextAttemptAt.getTime()).toBeGreaterThan(Date.now() + 30_000);
    expect(await deliverOutbox(getPrisma())).toMatchObject({ sent: 0, retrying: 0 });
    await makeDue();
    expect(await deliverOutbox(getPrisma())).toMatchObject({ retrying: 1 });
    const second = await ownerDb().outboxMessage.findFirstOrThrow({ where: { channel: "wecom" } });
    expect(second.nextAttemptAt.getTime() - Date.now()).toBeGreaterThan(90_000); // 2 minutes after the second failure
    await makeDue();
    expect(await deliverOutbox(getPrisma())).toMatchObject({ sent: 1 });
    await makeDue();
    expect(await deliverOutbox(getPrisma())).toMatchObject({ sent: 0, retrying: 0 });
    expect(wecom.requests).toHaveLength(3);
    expect(new Set(wecom.requests.map((r) => r.body)).size).toBe(1);
    expect(await ownerDb().outboxMessage.findFirstOrThrow({ where: { channel: "wecom" } })).toMatchObject({ state: "sent", attempts: 3, lastError: null });
  });

  it("gives up after the last retry, with the channel's error for the admins", async () => {
    const wecom = await robot(() => ({ status: 200, json: { errcode: 93000, errmsg: "invalid webhook url" } }));
    process.env.EDUPLAN_WECOM_WEBHOOK = `${wecom.base}/cgi-bin/webhook/send?key=gone`;
    await urge();
    await ownerDb().outboxMessage.updateMany({ data: { attempts: MAX_ATTEMPTS - 1 } });
    const result = await deliverOutbox(getPrisma());
    expect(result.failed).toBeGreaterThan(0);
    const row = await ownerDb().outboxMessage.findFirstOrThrow({ where: { channel: "wecom" } });
    expect(row).toMatchObject({ state: "failed", attempts: MAX_ATTEMPTS, lastError: "机器人拒收（错误码 93000：invalid webhook url）" });
    expect(row.lastError).not.toContain("key=gone");
  });

  it("the daily digest is mailed to accounts with an address and posted once per unit; a second run queues nothing", async () => {
    await smtp();
    const wecom = await robot();
    process.env.EDUPLAN_WECOM_WEBHOOK = `${wecom.base}/cgi-bin/webhook/send?key=digest`;
    const { periodId } = await openPeriodFor("jinfeng", /教育工作要点/);
    const period = await ownerDb().reportingPeriod.findUniqueOrThrow({ where: { id: periodId } });
    const today = new Date(period.dueOn.getTime() + 2 * 86_400_000);
    expect(await sendDailyDigests(getPrisma(), today)).toBeGreaterThan(0);
    const emails = await ownerDb().outboxMessage.findMany({ where: { channel: "email", kind: "digest" } });
    expect(emails.map((e) => e.target).sort()).toEqual(["reporter@jinfeng.example.cn", "staff@jinfeng.example.cn"]);
    const owingUnits = await ownerDb().reportSlot.groupBy({ by: ["orgUnitId"], where: { periodId, status: { in: ["open", "draft", "returned"] } } });
    expect(await ownerDb().outboxMessage.count({ where: { channel: "wecom", kind: "digest" } })).toBe(owingUnits.length);
    const queued = await ownerDb().outboxMessage.count();
    expect(await sendDailyDigests(getPrisma(), today)).toBe(0);
    expect(await ownerDb().outboxMessage.count()).toBe(queued);
  });
});

const run = promisify(execFile);
const jobsRunArgs = (name: string) => ["--import", "tsx", "--conditions=react-server", "scripts/jobs-run.ts", name];
const childEnv = (extra: Record<string, string>) => ({
  ...process.env,
  DATABASE_URL: process.env.TEST_OWNER_DATABASE_URL!,
  APP_DATABASE_URL: process.env.APP_DATABASE_URL!,
  ...extra,
});

describe("a worker killed mid-delivery", () => {
  it("leaves the message to be sent after a restart: the same message arrives, and is marked sent", { timeout: 120_000 }, async () => {
    let hold = true;
    const wecom = await robot(() => (hold ? "hold" : { status: 200 }));
    const webhook = `${wecom.base}/cgi-bin/webhook/send?key=killed`;
    const tenantId = await tenantIdOf("jinfeng");
    const unit = (await ownerDb().membership.findFirstOrThrow({ where: { user: { username: "jinfeng.reporter" } } })).orgUnitId!;
    await ownerDb().robotWebhook.create({ data: { tenantId, orgUnitId: unit, kind: "wecom", url: webhook } });
    await urge("请今天报送");

    const child = spawn(process.execPath, jobsRunArgs("deliver-outbox"), { env: childEnv({}), stdio: "ignore" });
    const exited = new Promise((resolve) => child.on("exit", resolve));
    await wecom.waitFor(1);
    child.kill("SIGKILL");
    await exited;
    const leased = await ownerDb().outboxMessage.findFirstOrThrow({ where: { channel: "wecom" } });
    expect(leased).toMatchObject({ state: "pending", attempts: 1, sentAt: null });
    // Its lease would run out in ten minutes; the test lets it run out now.
    expect(leased.nextAttemptAt.getTime()).toBeGreaterThan(Date.now());
    await makeDue();

    hold = false;
    const { stdout } = await run(process.execPath, jobsRunArgs("deliver-outbox"), { env: childEnv({}), timeout: 90_000 });
    expect(stdout.trim()).toBe("deliver-outbox：已发送 1 条，待重试 0 条，失败 0 条");
    expect(wecom.requests).toHaveLength(2);
    expect(wecom.requests[1]!.body).toBe(wecom.requests[0]!.body);
    expect(await ownerDb().outboxMessage.findFirstOrThrow({ where: { id: leased.id } })).toMatchObject({ state: "sent", attempts: 2 });
  });
});
