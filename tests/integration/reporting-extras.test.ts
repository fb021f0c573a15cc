// Milestones, per-plan reporting frequency and cooperating units' own slots,
// through the server actions as a hostile client would call them.
import { beforeAll, describe, expect, it } from "vitest";
import type { ActionResult } from "@/lib/auth/action";
import { withTenant } from "@/lib/db/tenant-scope";
import { createPlanAction, updatePlanAction } from "@/lib/plans/editing/actions";
import { addCooperationSlotAction, openReportingPeriodAction, saveReportDraftAction } from "@/lib/reports/actions";
import { listCooperationCandidates } from "@/lib/reports/queries/cooperation-candidates";
import { addMilestoneAction, deleteMilestoneAction, toggleMilestoneAction } from "@/lib/tasks/actions";
import { listMilestones } from "@/lib/tasks/list-milestones";
import { ownerDb, signInAs, tenantIdOf } from "@/tests/support/db";
import { openPeriodFor, tenantSessionOf } from "@/tests/support/reporting";

const FORBIDDEN = "您没有执行此操作的权限";

function data<T>(result: ActionResult<T>): T {
  if (!result.ok) throw new Error(`action failed: ${JSON.stringify(result)}`);
  return result.data;
}

async function firstTask(code: string) {
  return ownerDb().task.findFirstOrThrow({ where: { tenantId: await tenantIdOf(code) }, orderBy: { position: "asc" } });
}

const milestoneAudit = () => ownerDb().auditEvent.findMany({ where: { entityType: "task_milestone" }, orderBy: { createdAt: "asc" } });

describe("milestones", () => {
  it("staff add, tick off, reopen and delete milestones; each step is in the audit trail", async () => {
    const task = await firstTask("jinfeng");
    const { userId } = await signInAs("jinfeng.staff");
    const first = data(await addMilestoneAction(null, { taskId: task.id, title: "  完成方案起草  ", dueDate: "2020-03-31" }));
    const second = data(await addMilestoneAction(null, { taskId: task.id, title: "召开部署会", dueDate: "" }));
    expect(first.taskId).toBe(task.id);
    let rows = await ownerDb().taskMilestone.findMany({ where: { taskId: task.id }, orderBy: { position: "asc" } });
    expect(rows.map((m) => [m.title, m.position, m.dueDate?.toISOString().slice(0, 10) ?? null, m.doneAt])).toEqual([
      ["完成方案起草", 1, "2020-03-31", null],
      ["召开部署会", 2, null, null],
    ]);
    // Past due and not done is overdue; no due date never is.
    const listed = await listMilestones(ownerDb(), task.tenantId, task.id);
    expect(listed.map((m) => [m.title, m.overdue, m.doneOn])).toEqual([
      ["完成方案起草", true, null],
      ["召开部署会", false, null],
    ]);

    expect(await toggleMilestoneAction(null, { milestoneId: first.milestoneId, done: "true" })).toMatchObject({ ok: true, message: "已标记完成" });
    const doneAt = (await ownerDb().taskMilestone.findUniqueOrThrow({ where: { id: first.milestoneId } })).doneAt;
    expect(doneAt).toBeInstanceOf(Date);
    // Asking again for the state it has is no change (a double click), not a flip back.
    expect(await toggleMilestoneAction(null, { milestoneId: first.milestoneId, done: true })).toMatchObject({ ok: true });
    expect((await ownerDb().taskMilestone.findUniqueOrThrow({ where: { id: first.milestoneId } })).doneAt).toEqual(doneAt);
    expect((await listMilestones(ownerDb(), task.tenantId, task.id))[0]).toMatchObject({
      overdue: false,
      doneOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });

    expect(await toggleMilestoneAction(null, { milestoneId: first.milestoneId, done: "false" })).toMatchObject({ ok: true, message: "已改为未完成" });
    expect((await ownerDb().taskMilestone.findUniqueOrThrow({ where: { id: first.milestoneId } })).doneAt).toBeNull();

    expect(await deleteMilestoneAction(null, { milestoneId: second.milestoneId })).toMatchObject({ ok: true, message: "已删除里程碑" });
    rows = await ownerDb().taskMilestone.findMany({ where: { taskId: task.id } });
    expect(rows.map((m) => m.id)).toEqual([first.milestoneId]);

    const audit = await milestoneAudit();
    expect(audit.map((a) => [a.action, a.entityId])).toEqual([
      ["milestone.create", first.milestoneId],
      ["milestone.create", second.milestoneId],
      ["milestone.complete", first.milestoneId],
      ["milestone.reopen", first.milestoneId],
      ["milestone.delete", second.milestoneId],
    ]);
    expect(audit.every((a) => a.actorUserId === userId && a.tenantId === task.tenantId)).toBe(true);
    expect(audit.at(-1)?.before).toMatchObject({ taskId: task.id, title: "召开部署会" });
  });

  it("bad input is refused in Chinese and writes nothing", async () => {
    const task = await firstTask("huiji");
    await signInAs("huiji.staff");
    expect(await addMilestoneAction(null, { taskId: task.id, title: "   " })).toMatchObject({ ok: false, fieldErrors: { title: ["请填写里程碑名称"] } });
    expect(await addMilestoneAction(null, { taskId: task.id, title: "节".repeat(101) })).toMatchObject({
      ok: false,
      fieldErrors: { title: ["里程碑名称不能超过 100 字"] },
    });
    expect(await addMilestoneAction(null, { taskId: task.id, title: "验收", dueDate: "2025-13-40" })).toMatchObject({
      ok: false,
      fieldErrors: { dueDate: ["日期格式不正确"] },
    });
    expect(await addMilestoneAction(null, { taskId: task.id, title: "节".repeat(100) })).toMatchObject({ ok: true });
    expect(await ownerDb().taskMilestone.count({ where: { taskId: task.id } })).toBe(1);
  });

  it("leaders, reporters and the city viewer cannot touch milestones; another tenant's task or milestone is not found", async () => {
    const task = await firstTask("jinfeng");
    const milestone = await ownerDb().taskMilestone.create({ data: { tenantId: task.tenantId, taskId: task.id, position: 99, title: "既有里程碑" } });
    const before = { count: await ownerDb().taskMilestone.count(), audit: (await milestoneAudit()).length };
    for (const username of ["jinfeng.leader", "jinfeng.reporter", "yinchuan.viewer"]) {
      await signInAs(username);
      expect(await addMilestoneAction(null, { taskId: task.id, title: "越权添加" })).toMatchObject({ ok: false, message: FORBIDDEN });
      expect(await toggleMilestoneAction(null, { milestoneId: milestone.id, done: true })).toMatchObject({ ok: false, message: FORBIDDEN });
      expect(await deleteMilestoneAction(null, { milestoneId: milestone.id })).toMatchObject({ ok: false, message: FORBIDDEN });
    }
    await signInAs("xingqing.staff");
    expect(await addMilestoneAction(null, { taskId: task.id, title: "跨区添加" })).toMatchObject({ ok: false, message: "任务不存在或无权访问" });
    expect(await toggleMilestoneAction(null, { milestoneId: milestone.id, done: true })).toMatchObject({ ok: false, message: "里程碑不存在或无权访问" });
    expect(await deleteMilestoneAction(null, { milestoneId: milestone.id })).toMatchObject({ ok: false, message: "里程碑不存在或无权访问" });

    expect(await ownerDb().taskMilestone.count()).toBe(before.count);
    expect((await milestoneAudit()).length).toBe(before.audit);
    expect(await ownerDb().taskMilestone.findUniqueOrThrow({ where: { id: milestone.id } })).toMatchObject({ title: "既有里程碑", doneAt: null });
  });
});

describe("reporting frequency", () => {
  it("an admin's change applies to periods opened afterwards; opened ones keep their label", async () => {
    const tenantId = await tenantIdOf("jinfeng");
    const plan = await ownerDb().plan.findFirstOrThrow({ where: { tenantId, title: "金凤区教育局2022年教育工作要点" } });
    expect(plan.reportingFrequency).toBe("quarterly");
    await signInAs("jinfeng.staff");
    // The plan ran in 2022 only: its current period is clamped to the end of 2022.
    expect(data(await openReportingPeriodAction(null, { planId: plan.id })).label).toBe("2022年第4季度");
    const fields = { planId: plan.id, title: plan.title, kind: plan.kind, startYear: plan.startYear, endYear: plan.endYear, documentNumber: "" };
    expect(await updatePlanAction(null, { ...fields, reportingFrequency: "monthly" })).toMatchObject({ ok: false, message: FORBIDDEN });

    await signInAs("jinfeng.admin");
    expect(await updatePlanAction(null, { ...fields, reportingFrequency: "weekly" })).toMatchObject({
      ok: false,
      fieldErrors: { reportingFrequency: ["请选择填报频次"] },
    });
    expect(await updatePlanAction(null, { ...fields, reportingFrequency: "monthly" })).toMatchObject({ ok: true });
    expect((await ownerDb().plan.findUniqueOrThrow({ where: { id: plan.id } })).reportingFrequency).toBe("monthly");
    const audit = await ownerDb().auditEvent.findFirstOrThrow({ where: { entityId: plan.id, action: "plan.update" }, orderBy: { createdAt: "desc" } });
    expect([audit.before, audit.after]).toMatchObject([{ reportingFrequency: "quarterly" }, { reportingFrequency: "monthly" }]);

    await signInAs("jinfeng.staff");
    expect(data(await openReportingPeriodAction(null, { planId: plan.id })).label).toBe("2022年12月");
    const labels = (await ownerDb().reportingPeriod.findMany({ where: { planId: plan.id }, orderBy: { startsOn: "asc" } })).map((p) => p.label);
    expect(labels).toEqual(["2022年第4季度", "2022年12月"]);

    // A form without the field (an older client) leaves the frequency alone.
    await signInAs("jinfeng.admin");
    expect(await updatePlanAction(null, fields)).toMatchObject({ ok: true });
    expect((await ownerDb().plan.findUniqueOrThrow({ where: { id: plan.id } })).reportingFrequency).toBe("monthly");
    const created = data(
      await createPlanAction(null, { title: "半年报测试规划", kind: "other", startYear: 2025, endYear: 2025, reportingFrequency: "half_yearly" }),
    );
    expect((await ownerDb().plan.findUniqueOrThrow({ where: { id: created.planId } })).reportingFrequency).toBe("half_yearly");
  });
});

describe("cooperation slots", () => {
  let periodId: string;
  let coopUnitId: string;
  let coopTaskId: string;
  let helanId: string;

  beforeAll(async () => {
    const opened = await openPeriodFor("helan", /质量提升/);
    periodId = opened.periodId;
    helanId = opened.tenantId;
    const link = await ownerDb().taskUnit.findFirstOrThrow({
      where: { tenantId: helanId, role: "cooperate", orgUnit: { name: "团县委" } },
      orderBy: { task: { position: "asc" } },
    });
    coopUnitId = link.orgUnitId;
    coopTaskId = link.taskId;
    // The demo reporters' units cooperate on nothing: bind a reporter to a cooperating unit.
    const user = await ownerDb().user.create({ data: { username: "helan.coop", displayName: "团县委填报员", passwordHash: "unused" } });
    await ownerDb().membership.create({ data: { tenantId: helanId, userId: user.id, role: "unit_reporter", orgUnitId: coopUnitId } });
  });

  const slotCount = () => ownerDb().reportSlot.count({ where: { tenantId: helanId } });

  it("a reporter of a cooperating unit sees the task, adds its slot exactly once, and can report in it", async () => {
    const session = await tenantSessionOf("helan.coop");
    const candidates = await withTenant(session, (tx) => listCooperationCandidates(tx, session));
    const expected = await ownerDb().taskUnit.count({ where: { tenantId: helanId, orgUnitId: coopUnitId, role: "cooperate" } });
    expect(candidates).toHaveLength(expected);
    expect(candidates.every((c) => c.period.id === periodId)).toBe(true);
    expect(candidates.map((c) => c.taskId)).toContain(coopTaskId);

    const before = await slotCount();
    const first = await addCooperationSlotAction({ taskId: coopTaskId, periodId });
    expect(first).toMatchObject({ ok: true, data: { created: true } });
    const slotId = data(first).slotId;
    const period = await ownerDb().reportingPeriod.findUniqueOrThrow({ where: { id: periodId } });
    expect(await ownerDb().reportSlot.findUniqueOrThrow({ where: { id: slotId } })).toMatchObject({
      taskId: coopTaskId,
      orgUnitId: coopUnitId,
      periodId,
      unitRole: "cooperate",
      status: "open",
      dueOn: period.dueOn,
    });
    expect(await addCooperationSlotAction({ taskId: coopTaskId, periodId })).toMatchObject({ ok: true, data: { slotId, created: false } });
    expect(await slotCount()).toBe(before + 1);
    expect(await ownerDb().auditEvent.count({ where: { entityId: slotId, action: "report_slot.add_cooperation" } })).toBe(1);

    const after = await withTenant(session, (tx) => listCooperationCandidates(tx, session));
    expect(after.map((c) => c.taskId)).not.toContain(coopTaskId);
    expect(after).toHaveLength(expected - 1);
    expect(await saveReportDraftAction({ slotId, summary: "团县委配合开展志愿服务活动。", progress: 20, version: 0 })).toMatchObject({ ok: true });
  });

  it("a unit not cooperating on the task is refused in Chinese and nothing is written", async () => {
    const reporterUnit = (await ownerDb().membership.findFirstOrThrow({ where: { user: { username: "helan.reporter" } } })).orgUnitId!;
    const task = await ownerDb().task.findFirstOrThrow({
      where: { tenantId: helanId, units: { none: { orgUnitId: reporterUnit, role: "cooperate" } } },
      orderBy: { position: "asc" },
    });
    const before = { slots: await slotCount(), audit: await ownerDb().auditEvent.count() };
    await signInAs("helan.reporter");
    expect(await addCooperationSlotAction({ taskId: task.id, periodId })).toMatchObject({ ok: false, message: "本单位不是该任务的配合单位，不能填报配合情况" });
    // A reporter cannot speak for another unit by naming it.
    expect(await addCooperationSlotAction({ taskId: coopTaskId, periodId, orgUnitId: coopUnitId })).toMatchObject({
      ok: false,
      message: "只能为本单位填报配合情况",
    });
    for (const username of ["helan.leader", "yinchuan.viewer"]) {
      await signInAs(username);
      expect(await addCooperationSlotAction({ taskId: coopTaskId, periodId })).toMatchObject({ ok: false, message: FORBIDDEN });
    }
    expect(await slotCount()).toBe(before.slots);
    expect(await ownerDb().auditEvent.count()).toBe(before.audit);
  });

  it("another tenant's period, task or unit is not found; staff must name a cooperating unit", async () => {
    const { periodId: foreignPeriod } = await openPeriodFor("jinfeng", /教育工作要点/);
    const foreignTask = await firstTask("jinfeng");
    const foreignUnit = await ownerDb().orgUnit.findFirstOrThrow({ where: { tenantId: await tenantIdOf("jinfeng") } });
    const before = await slotCount();
    await signInAs("helan.coop");
    expect(await addCooperationSlotAction({ taskId: coopTaskId, periodId: foreignPeriod })).toMatchObject({ ok: false, message: "填报期不存在或无权访问" });
    expect(await addCooperationSlotAction({ taskId: foreignTask.id, periodId })).toMatchObject({ ok: false, message: "任务不存在或无权访问" });
    expect(await addCooperationSlotAction({ taskId: coopTaskId, periodId: "not-a-uuid" })).toMatchObject({
      ok: false,
      fieldErrors: { periodId: ["填报期不存在"] },
    });

    await signInAs("helan.staff");
    expect(await addCooperationSlotAction({ taskId: coopTaskId, periodId })).toMatchObject({ ok: false, fieldErrors: { orgUnitId: ["请选择配合单位"] } });
    expect(await addCooperationSlotAction({ taskId: coopTaskId, periodId, orgUnitId: foreignUnit.id })).toMatchObject({
      ok: false,
      message: "单位不存在或无权访问",
    });
    const lead = await ownerDb().taskUnit.findFirstOrThrow({ where: { tenantId: helanId, taskId: coopTaskId, role: { not: "cooperate" } } });
    expect(await addCooperationSlotAction({ taskId: coopTaskId, periodId, orgUnitId: lead.orgUnitId })).toMatchObject({
      ok: false,
      message: "所选单位不是该任务的配合单位",
    });
    expect(await slotCount()).toBe(before);
    // Staff may add it on a cooperating unit's behalf.
    const other = await ownerDb().taskUnit.findFirstOrThrow({ where: { tenantId: helanId, role: "cooperate", NOT: { orgUnitId: coopUnitId } } });
    expect(await addCooperationSlotAction({ taskId: other.taskId, periodId, orgUnitId: other.orgUnitId })).toMatchObject({ ok: true, data: { created: true } });
    expect(await slotCount()).toBe(before + 1);
  });
});
