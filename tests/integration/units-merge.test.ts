// Merging duplicate units through the action, as a bureau admin would: every
// task link, slot, report and account binding survives on the kept unit,
// collisions are resolved as lib/units/merge-units.ts says, and the old name
// maps to the kept unit on the next plan import.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { openTenantTransaction } from "@/lib/db/tenant-scope";
import { importPlan } from "@/lib/plans/import/import-plan";
import { parsePlanText } from "@/lib/plans/parser";
import { mergeUnitsAction, renameUnitAction } from "@/lib/units/actions";
import { ownerDb, signInAs, tenantIdOf } from "@/tests/support/db";

const db = () => ownerDb();
let tenantId: string;
let planId: string;
let taskIds: string[];
let periodId: string;
let adminId: string;

beforeAll(async () => {
  tenantId = await tenantIdOf("jinfeng");
  const plan = await db().plan.findFirstOrThrow({
    where: { tenantId, title: { contains: "工作要点" } },
    include: { tasks: { orderBy: { position: "asc" }, take: 4 } },
  });
  planId = plan.id;
  taskIds = plan.tasks.map((t) => t.id);
  const period = await db().reportingPeriod.create({
    data: { tenantId, planId, label: "合并测试期", startsOn: new Date("2031-01-01"), endsOn: new Date("2031-03-31"), dueOn: new Date("2031-04-10") },
  });
  periodId = period.id;
  adminId = (await db().user.findUniqueOrThrow({ where: { username: "jinfeng.admin" } })).id;
});

async function unit(name: string) {
  return db().orgUnit.create({ data: { tenantId, name, kind: "department" } });
}

async function slotWithReport(orgUnitId: string, taskId: string, report?: { status: "draft" | "submitted" | "approved" | "returned"; summary: string }) {
  const slot = await db().reportSlot.create({ data: { tenantId, periodId, taskId, orgUnitId, unitRole: "lead", dueOn: new Date("2031-04-10") } });
  if (report) {
    const created = await db().report.create({ data: { tenantId, slotId: slot.id, status: report.status, summary: report.summary, authorUserId: adminId } });
    await db().reportEvent.create({ data: { tenantId, reportId: created.id, action: "create", toStatus: "draft" } });
    return { slot, report: created };
  }
  return { slot, report: null };
}

describe("merging two units", () => {
  it("keeps every task link, slot, report and account binding on the kept unit, and deletes the duplicate", async () => {
    const keep = await unit("合并测试党工委");
    const dup = await unit("合并测试教育党工委");
    await db().taskUnit.createMany({
      data: [
        { tenantId, taskId: taskIds[0]!, orgUnitId: dup.id, role: "lead" },
        { tenantId, taskId: taskIds[1]!, orgUnitId: dup.id, role: "cooperate" },
        // The same task linked to both: one link stays, with the stronger role.
        { tenantId, taskId: taskIds[1]!, orgUnitId: keep.id, role: "responsible" },
      ],
    });
    const moved = await slotWithReport(dup.id, taskIds[0]!, { status: "approved", summary: "重复单位的报告" });
    const reporter = await db().membership.findFirstOrThrow({ where: { tenantId, user: { username: "jinfeng.reporter" } } });
    const originalUnit = reporter.orgUnitId;
    await db().membership.update({ where: { id: reporter.id }, data: { orgUnitId: dup.id } });

    await signInAs("jinfeng.admin");
    const result = await mergeUnitsAction(null, { sourceId: dup.id, targetId: keep.id });
    expect(result).toMatchObject({ ok: true, data: { targetId: keep.id, taskLinks: 2, slotsMoved: 1, memberships: 1 } });

    expect(await db().orgUnit.findUnique({ where: { id: dup.id } })).toBeNull();
    const links = await db().taskUnit.findMany({ where: { tenantId, orgUnitId: keep.id }, orderBy: { role: "asc" } });
    expect(links.map((l) => [taskIds.indexOf(l.taskId), l.role]).sort()).toEqual([
      [0, "lead"],
      [1, "responsible"],
    ]);
    const slot = await db().reportSlot.findUniqueOrThrow({ where: { id: moved.slot.id }, include: { report: true } });
    expect(slot.orgUnitId).toBe(keep.id);
    expect(slot.report).toMatchObject({ id: moved.report!.id, status: "approved", summary: "重复单位的报告" });
    expect((await db().membership.findUniqueOrThrow({ where: { id: reporter.id } })).orgUnitId).toBe(keep.id);
    const aliases = await db().orgUnitAlias.findMany({ where: { tenantId, orgUnitId: keep.id } });
    expect(aliases.map((a) => a.name)).toEqual(["合并测试教育党工委"]);
    await db().membership.update({ where: { id: reporter.id }, data: { orgUnitId: originalUnit } });
  });

  it("merges two group units: slots that came through the duplicate group, its picked members and its kind rule move to the kept group", async () => {
    const keep = await db().orgUnit.create({ data: { tenantId, name: "合并测试各中小学校", kind: "group", memberKinds: ["school"] } });
    const dup = await db().orgUnit.create({ data: { tenantId, name: "合并测试各中小学", kind: "group", memberKinds: ["kindergarten"] } });
    const school = await unit("合并测试第一小学");
    const other = await unit("合并测试第二小学");
    await db().unitGroupMember.createMany({
      data: [
        { tenantId, groupId: dup.id, memberId: school.id },
        { tenantId, groupId: dup.id, memberId: other.id },
        // Already picked by the kept group: one row stays.
        { tenantId, groupId: keep.id, memberId: other.id },
      ],
    });
    const throughGroup = await db().reportSlot.create({
      data: { tenantId, periodId, taskId: taskIds[2]!, orgUnitId: school.id, groupUnitId: dup.id, unitRole: "lead", dueOn: new Date("2031-04-10") },
    });

    await signInAs("jinfeng.admin");
    expect(await mergeUnitsAction(null, { sourceId: dup.id, targetId: keep.id })).toMatchObject({ ok: true });

    expect(await db().orgUnit.findUnique({ where: { id: dup.id } })).toBeNull();
    expect((await db().reportSlot.findUniqueOrThrow({ where: { id: throughGroup.id } })).groupUnitId).toBe(keep.id);
    const picks = await db().unitGroupMember.findMany({ where: { tenantId, groupId: keep.id } });
    expect(picks.map((p) => p.memberId).sort()).toEqual([school.id, other.id].sort());
    expect((await db().orgUnit.findUniqueOrThrow({ where: { id: keep.id } })).memberKinds).toEqual(["kindergarten", "school"]);
  });

  it("resolves two slots for the same task and period: the further report survives, the other is folded into its history", async () => {
    const keep = await unit("碰撞测试科");
    const dup = await unit("碰撞测试科室");
    const taskId = taskIds[2]!;
    const kept = await slotWithReport(keep.id, taskId, { status: "draft", summary: "保留单位的草稿" });
    const other = await slotWithReport(dup.id, taskId, { status: "submitted", summary: "重复单位已提交的报告" });
    const indicator = await db().indicator.findFirstOrThrow({ where: { tenantId, planId } });
    await db().indicatorActual.create({ data: { tenantId, indicatorId: indicator.id, reportId: kept.report!.id, asOf: new Date("2031-03-31"), value: 12 } });
    const file = await db().attachment.create({
      data: {
        tenantId,
        reportId: kept.report!.id,
        fileName: "证明.pdf",
        contentType: "application/pdf",
        sizeBytes: 3,
        sha256: "x".repeat(64),
        storageKey: `merge/${randomUUID()}`,
      },
    });
    // A third pair where only the duplicate's slot has a report.
    const emptyKept = await slotWithReport(keep.id, taskIds[3]!);
    const onlyReport = await slotWithReport(dup.id, taskIds[3]!, { status: "draft", summary: "只有重复单位写了" });

    await signInAs("jinfeng.admin");
    const result = await mergeUnitsAction(null, { sourceId: dup.id, targetId: keep.id });
    expect(result).toMatchObject({ ok: true, data: { slotsMerged: 2, reportsFolded: 1 } });

    const slots = await db().reportSlot.findMany({
      where: { tenantId, orgUnitId: keep.id },
      include: { report: { include: { events: true, attachments: true, actuals: true } } },
    });
    expect(slots).toHaveLength(2);
    // The submitted report (further along) survives on its slot, now the kept unit's.
    const survivor = slots.find((s) => s.taskId === taskId)!;
    expect(survivor.id).toBe(other.slot.id);
    expect(survivor.report).toMatchObject({ id: other.report!.id, status: "submitted", summary: "重复单位已提交的报告" });
    // The draft's evidence and actual moved over; its words are in the survivor's history.
    expect(survivor.report!.attachments.map((a) => a.id)).toEqual([file.id]);
    expect(survivor.report!.actuals.map((a) => a.value.toString())).toEqual(["12"]);
    const merge = survivor.report!.events.find((e) => e.action === "merge");
    expect(merge?.comment).toContain("保留单位的草稿");
    expect(merge?.comment).toContain("碰撞测试科室");
    // The pair where only the duplicate had written keeps that report.
    const second = slots.find((s) => s.taskId === taskIds[3])!;
    expect(second.id).toBe(onlyReport.slot.id);
    expect(second.report?.summary).toBe("只有重复单位写了");
    expect(await db().reportSlot.findUnique({ where: { id: emptyKept.slot.id } })).toBeNull();
    // The folded report is kept whole in the audit trail.
    const audit = await db().auditEvent.findFirstOrThrow({ where: { tenantId, action: "unit.merge", entityId: keep.id } });
    expect(JSON.stringify(audit.before)).toContain("保留单位的草稿");
  });

  it("refuses a merge into itself, across tenants, or of a missing unit, writing nothing", async () => {
    const a = await unit("拒绝测试甲");
    const foreign = await db().orgUnit.findFirstOrThrow({ where: { tenantId: await tenantIdOf("xingqing") } });
    await signInAs("jinfeng.admin");
    const before = await db().orgUnit.count();
    expect(await mergeUnitsAction(null, { sourceId: a.id, targetId: a.id })).toMatchObject({ ok: false, message: "不能将单位合并到其自身：请选择另一个单位" });
    expect(await mergeUnitsAction(null, { sourceId: a.id, targetId: foreign.id })).toMatchObject({ ok: false, message: "单位不存在或无权访问" });
    expect(await mergeUnitsAction(null, { sourceId: foreign.id, targetId: a.id })).toMatchObject({ ok: false, message: "单位不存在或无权访问" });
    expect(await mergeUnitsAction(null, { sourceId: randomUUID(), targetId: a.id })).toMatchObject({ ok: false, message: "单位不存在或无权访问" });
    expect(await db().orgUnit.count()).toBe(before);
    expect(await db().orgUnit.findUnique({ where: { id: foreign.id } })).not.toBeNull();
    await signInAs("jinfeng.staff");
    expect(await mergeUnitsAction(null, { sourceId: a.id, targetId: foreign.id })).toMatchObject({ ok: false, message: "您没有执行此操作的权限" });
  });

  it("refuses renaming onto another unit's name, a variant of it, or its former name", async () => {
    const a = await unit("改名测试科");
    const b = await unit("改名测试股");
    await db().orgUnitAlias.create({ data: { tenantId, orgUnitId: b.id, name: "改名测试旧股" } });
    await signInAs("jinfeng.admin");
    expect(await renameUnitAction(null, { unitId: a.id, name: "改名测试股" })).toMatchObject({
      ok: false,
      message: "已有名为“改名测试股”的单位：如是同一单位，请使用“合并”",
    });
    expect(await renameUnitAction(null, { unitId: a.id, name: "各幼儿园、中小学校" })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^“各中小学(校)?、幼儿园”与该名称只是写法不同：如是同一单位，请使用“合并”$/),
    });
    expect(await renameUnitAction(null, { unitId: a.id, name: "改名测试旧股" })).toMatchObject({
      ok: false,
      message: "“改名测试旧股”是“改名测试股”的曾用名：如是同一单位，请使用“合并”",
    });
    expect((await db().orgUnit.findUniqueOrThrow({ where: { id: a.id } })).name).toBe("改名测试科");
    expect(await renameUnitAction(null, { unitId: a.id, name: " 改名 测试处 " })).toMatchObject({ ok: true });
    expect((await db().orgUnit.findUniqueOrThrow({ where: { id: a.id } })).name).toBe("改名测试处");
  });
});

describe("the next plan import after a merge", () => {
  it("maps a merged-away name, a variant spelling and a renamed unit's old name to the kept unit instead of recreating them", async () => {
    const text = `别名测试区教育局2031年工作要点

一、党的建设

1.加强党建

工作举措：开展主题教育。

责任单位：合并测试教育党工委、改名测试科、合并测试教育工委、碰撞测试科室
`;
    const keep = await db().orgUnit.findFirstOrThrow({ where: { tenantId, name: "合并测试党工委" } });
    const renamed = await db().orgUnit.findFirstOrThrow({ where: { tenantId, name: "改名测试处" } });
    const collided = await db().orgUnit.findFirstOrThrow({ where: { tenantId, name: "碰撞测试科" } });
    const before = await db().orgUnit.count({ where: { tenantId } });
    const result = await openTenantTransaction(getPrisma(), { tenantId, userId: null }, (tx) =>
      importPlan(tx, tenantId, parsePlanText(text), { sourceText: text }),
    );
    expect(result.unitsCreated).toBe(0);
    expect(await db().orgUnit.count({ where: { tenantId } })).toBe(before);
    const links = await db().taskUnit.findMany({ where: { tenantId, task: { planId: result.planId } } });
    expect(new Set(links.map((l) => l.orgUnitId))).toEqual(new Set([keep.id, renamed.id, collided.id]));
  });

  it("keeps the earliest 交办 and 签收, moves 督办 requests, slips and robots; a duplicate pending request gives way to the kept unit's", async () => {
    const keep = await unit("督办合并保留科");
    const dup = await unit("督办合并重复科");
    const [t0, t1] = [taskIds[0]!, taskIds[1]!];
    const early = new Date("2031-01-05T02:00:00Z");
    const late = new Date("2031-01-09T02:00:00Z");
    await db().taskUnit.createMany({
      data: [
        { tenantId, taskId: t0, orgUnitId: keep.id, role: "cooperate", assignedAt: late },
        { tenantId, taskId: t0, orgUnitId: dup.id, role: "lead", assignedAt: early, acknowledgedAt: late, acknowledgedById: adminId },
      ],
    });
    const request = (orgUnitId: string, taskId: string, kind: "extension" | "closing") =>
      db().supervisionRequest.create({ data: { tenantId, orgUnitId, taskId, kind, reason: `${kind}-${orgUnitId.slice(-4)}` } });
    const keptPending = await request(keep.id, t0, "extension");
    const dupPending = await request(dup.id, t0, "extension");
    const dupOther = await request(dup.id, t1, "closing");
    const slip = await db().supervisionSlip.create({
      data: { tenantId, taskId: t1, orgUnitId: dup.id, year: 2031, number: 901, level: "red", body: "请加快进度", replyBy: new Date("2031-02-01") },
    });
    await db().robotWebhook.createMany({
      data: [
        { tenantId, orgUnitId: keep.id, kind: "wecom", url: "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=keep" },
        { tenantId, orgUnitId: dup.id, kind: "wecom", url: "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=dup" },
        { tenantId, orgUnitId: dup.id, kind: "dingtalk", url: "https://oapi.dingtalk.com/robot/send?access_token=dup" },
      ],
    });

    await signInAs("jinfeng.admin");
    expect(await mergeUnitsAction(null, { sourceId: dup.id, targetId: keep.id })).toMatchObject({ ok: true });

    const link = await db().taskUnit.findFirstOrThrow({ where: { tenantId, taskId: t0, orgUnitId: keep.id } });
    expect([link.role, link.assignedAt, link.acknowledgedAt, link.acknowledgedById]).toEqual(["lead", early, late, adminId]);
    const requests = await db().supervisionRequest.findMany({ where: { id: { in: [keptPending.id, dupPending.id, dupOther.id] } } });
    const byId = new Map(requests.map((r) => [r.id, r]));
    expect(requests.every((r) => r.orgUnitId === keep.id)).toBe(true);
    expect(byId.get(keptPending.id)!.state).toBe("pending");
    expect(byId.get(dupPending.id)).toMatchObject({ state: "rejected", decisionComment: "单位“督办合并重复科”已合并，本申请由合并后的单位的申请代替" });
    expect(byId.get(dupOther.id)!.state).toBe("pending");
    expect((await db().supervisionSlip.findUniqueOrThrow({ where: { id: slip.id } })).orgUnitId).toBe(keep.id);
    const robots = await db().robotWebhook.findMany({ where: { tenantId, orgUnitId: keep.id }, orderBy: { kind: "asc" } });
    expect(robots.map((r) => [r.kind, r.url.split("=").at(-1)])).toEqual([
      ["wecom", "keep"],
      ["dingtalk", "dup"],
    ]);
  });
});
