// /admin/notifications (issue 14, point 7): a bureau admin sets and clears the
// bureau's and units' group robots (official hosts only), 发送测试 answers
// with the channel's own word, and the delivery state is listed, masked.
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { withTenant } from "@/lib/db/tenant-scope";
import { clearRobotAction, setRobotAction, testRobotAction } from "@/lib/outbox/actions";
import { listOutbox } from "@/lib/outbox/list-outbox";
import { listRobotSettings } from "@/lib/outbox/list-robots";
import { ownerDb, signInAs, tenantIdOf } from "@/tests/support/db";
import { tenantSessionOf } from "@/tests/support/reporting";
import { startRobotReceiver } from "@/tests/support/robot-receiver";

const WECOM = "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a91f6-7aaa-4bc4-97a0-0ec2sifa5aaa";
const DINGTALK = "https://oapi.dingtalk.com/robot/send?access_token=0123456789abcdef0123456789abcdef";
const SECRET = "SEC0123456789abcdefSECRETTAIL";
const closers: (() => Promise<void>)[] = [];

afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});
afterAll(async () => {
  await ownerDb().robotWebhook.deleteMany({});
});

const reporterUnit = async () => (await ownerDb().membership.findFirstOrThrow({ where: { user: { username: "jinfeng.reporter" } } })).orgUnitId!;

describe("robots on /admin/notifications", () => {
  it("a bureau admin sets the bureau's 企业微信 and a unit's signed 钉钉 robot; the page shows them masked, the audit never the secret", async () => {
    await signInAs("jinfeng.admin");
    expect(await setRobotAction(null, { orgUnitId: "", kind: "wecom", url: WECOM })).toMatchObject({ ok: true, message: "机器人已保存" });
    const unit = await reporterUnit();
    expect(await setRobotAction(null, { orgUnitId: unit, kind: "dingtalk", url: DINGTALK, secret: SECRET })).toMatchObject({ ok: true });
    // Changing the URL with a blank secret keeps the secret.
    expect(await setRobotAction(null, { orgUnitId: unit, kind: "dingtalk", url: `${DINGTALK}ff`, secret: "" })).toMatchObject({ ok: true });
    const tenantId = await tenantIdOf("jinfeng");
    expect(await ownerDb().robotWebhook.findFirstOrThrow({ where: { tenantId, orgUnitId: unit } })).toMatchObject({ url: `${DINGTALK}ff`, secret: SECRET });

    const session = await tenantSessionOf("jinfeng.admin");
    const settings = await withTenant(session, (tx) => listRobotSettings(tx, tenantId));
    expect(settings.bureau).toEqual([{ kind: "wecom", url: "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a…aaa", secret: null }]);
    expect(settings.units).toHaveLength(1);
    expect(settings.units[0]!.robots[0]).toEqual({ kind: "dingtalk", url: "https://oapi.dingtalk.com/robot/send?access_token=0123…fff", secret: "…TAIL" });
    expect(JSON.stringify(settings)).not.toContain(SECRET);

    const audits = await ownerDb().auditEvent.findMany({ where: { tenantId, entityType: "robot_webhook" } });
    expect(audits.map((a) => a.action)).toEqual(["robot.set", "robot.set", "robot.set"]);
    expect(JSON.stringify(audits)).not.toContain(SECRET);
    expect(JSON.stringify(audits)).not.toContain("693a91f6-7aaa");

    expect(await clearRobotAction(null, { orgUnitId: unit, kind: "dingtalk" })).toMatchObject({ ok: true, message: "机器人已清除" });
    expect(await ownerDb().robotWebhook.count({ where: { tenantId, orgUnitId: unit } })).toBe(0);
    expect(await ownerDb().auditEvent.count({ where: { tenantId, action: "robot.clear" } })).toBe(1);
    expect(await clearRobotAction(null, { orgUnitId: unit, kind: "dingtalk" })).toMatchObject({ ok: false, message: "尚未设置该机器人" });
  });

  it.each([
    ["http", "http://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=x", "地址必须以 https:// 开头"],
    ["another host", "https://hooks.example.com/cgi-bin/webhook/send?key=x", /官方机器人地址/],
    ["an internal IP", "https://10.1.2.3/cgi-bin/webhook/send?key=x", /官方机器人地址/],
    ["user info", "https://a:b@qyapi.weixin.qq.com/cgi-bin/webhook/send?key=x", /官方机器人地址/],
    ["a port", "https://qyapi.weixin.qq.com:8443/cgi-bin/webhook/send?key=x", "地址不能指定端口"],
  ])("refuses %s with the reason on the field, writing nothing", async (_what, url, reason) => {
    await signInAs("xingqing.admin");
    const result = await setRobotAction(null, { orgUnitId: "", kind: "wecom", url });
    expect(result).toMatchObject({ ok: false, fieldErrors: { url: [expect.stringMatching(reason)] } });
    expect(await ownerDb().robotWebhook.count({ where: { tenantId: await tenantIdOf("xingqing") } })).toBe(0);
  });

  it("only a bureau admin may: staff are refused", async () => {
    await signInAs("jinfeng.staff");
    expect(await setRobotAction(null, { orgUnitId: "", kind: "wecom", url: WECOM })).toMatchObject({ ok: false, message: "您没有执行此操作的权限" });
  });

  it("发送测试 sends one message now and answers success, or the robot's own error in Chinese", async () => {
    let answer = { status: 200, json: { errcode: 0, errmsg: "ok" } as unknown };
    const receiver = await startRobotReceiver(() => answer);
    closers.push(receiver.close);
    const tenantId = await tenantIdOf("helan");
    // Stored directly: an admin could not aim a robot at a loopback receiver (which is the point).
    await ownerDb().robotWebhook.create({
      data: { tenantId, orgUnitId: null, kind: "dingtalk", url: `${receiver.base}/robot/send?access_token=t`, secret: "SECx" },
    });
    await signInAs("helan.admin");
    expect(await testRobotAction(null, { orgUnitId: "", kind: "dingtalk" })).toEqual({ ok: true, data: undefined, message: "测试消息已发送，请到群里查看" });
    expect(receiver.requests).toHaveLength(1);
    expect(receiver.requests[0]!.json).toMatchObject({ msgtype: "markdown", markdown: { title: "EduPlan 测试消息" } });
    expect(receiver.requests[0]!.url).toMatch(/timestamp=\d+&sign=/);
    answer = { status: 200, json: { errcode: 310000, errmsg: "sign not match" } };
    expect(await testRobotAction(null, { orgUnitId: "", kind: "dingtalk" })).toEqual({
      ok: false,
      message: "发送失败：机器人拒收（错误码 310000：sign not match）",
    });
    expect(await testRobotAction(null, { orgUnitId: "", kind: "wecom" })).toMatchObject({ ok: false, message: "尚未设置该机器人" });
  });

  it("the delivery list names targets masked and filters by state", async () => {
    const tenantId = await tenantIdOf("huiji");
    const robot = await ownerDb().robotWebhook.create({ data: { tenantId, orgUnitId: null, kind: "wecom", url: WECOM } });
    const base = { tenantId, kind: "urge" as const, body: "正文", link: "/reports" };
    await ownerDb().outboxMessage.createMany({
      data: [
        { ...base, channel: "email", messageKey: "a", target: "zhangsan@huiji.example.cn", title: "邮件", state: "sent", attempts: 1 },
        { ...base, channel: "wecom", messageKey: "b", target: robot.id, title: "群消息", state: "failed", attempts: 8, lastError: "HTTP 500" },
        { ...base, channel: "wecom", messageKey: "c", target: "env", title: "默认", state: "pending" },
      ],
    });
    const session = await tenantSessionOf("huiji.admin");
    const all = await withTenant(session, (tx) => listOutbox(tx, tenantId, { page: 1 }));
    expect(all.total).toBe(3);
    expect(Object.fromEntries(all.items.map((i) => [i.title, i.target]))).toEqual({ 邮件: "zh***@huiji.example.cn", 群消息: "本局", 默认: "部署默认" });
    const failed = await withTenant(session, (tx) => listOutbox(tx, tenantId, { page: 1, state: "failed" }));
    expect(failed.items).toEqual([expect.objectContaining({ title: "群消息", attempts: 8, lastError: "HTTP 500" })]);
    // Another bureau's admin sees none of it.
    const other = await tenantSessionOf("helan.admin");
    expect((await withTenant(other, (tx) => listOutbox(tx, other.tenant.tenantId, { page: 1 }))).items.map((i) => i.title)).not.toContain("邮件");
  });
});
