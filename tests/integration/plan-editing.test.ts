// The plan editor's server actions, called directly as a hostile client would.
import { describe, expect, it } from "vitest";
import type { ActionResult } from "@/lib/auth/action";
import * as act from "@/lib/plans/editing/actions";
import { ownerDb, signInAs, signOut, tenantIdOf } from "@/tests/support/db";

const JINFENG_PLAN = "金凤区教育局2022年教育工作要点";
const FORBIDDEN = "您没有执行此操作的权限";
const CONFLICT = "该任务已被他人修改，请刷新后再保存";

function data<T>(result: ActionResult<T>): T {
  if (!result.ok) throw new Error(`action failed: ${JSON.stringify(result)}`);
  return result.data;
}

async function counts() {
  const db = ownerDb();
  const [plans, sections, tasks, measures, indicators, people, units, audit] = await Promise.all([
    db.plan.count(),
    db.section.count(),
    db.task.count(),
    db.measure.count(),
    db.indicator.count(),
    db.person.count(),
    db.orgUnit.count(),
    db.auditEvent.count(),
  ]);
  return { plans, sections, tasks, measures, indicators, people, units, audit };
}

async function jinfengTask() {
  const plan = await ownerDb().plan.findFirstOrThrow({ where: { title: JINFENG_PLAN } });
  const task = await ownerDb().task.findFirstOrThrow({ where: { planId: plan.id }, orderBy: { position: "asc" }, include: { measures: true } });
  return { plan, task };
}

/** Every kind of row of a xingqing plan, with a snapshot to compare after the attack. */
async function xingqingRows() {
  const tenantId = await tenantIdOf("xingqing");
  const db = ownerDb();
  const plan = await db.plan.findFirstOrThrow({ where: { tenantId, indicators: { some: {} } } });
  const section = await db.section
    .findFirstOrThrow({ where: { planId: plan.id, tasks: { none: {} }, children: { none: {} } } })
    .catch(() => db.section.findFirstOrThrow({ where: { planId: plan.id } }));
  const task = await db.task.findFirstOrThrow({ where: { planId: plan.id }, include: { measures: true, leaders: true, units: true } });
  const indicator = await db.indicator.findFirstOrThrow({ where: { planId: plan.id } });
  const snapshot = async () => ({
    plan: await db.plan.findUnique({ where: { id: plan.id }, select: { title: true, startYear: true, updatedAt: true } }),
    sections: await db.section.findMany({ where: { planId: plan.id }, orderBy: { id: "asc" } }),
    task: await db.task.findUnique({ where: { id: task.id }, include: { measures: true, leaders: true, units: true } }),
    indicators: await db.indicator.findMany({ where: { planId: plan.id }, orderBy: { id: "asc" } }),
    taskCount: await db.task.count({ where: { planId: plan.id } }),
  });
  return { plan, section, task, indicator, snapshot };
}

describe("plan editing actions", () => {
  it("let a bureau admin build a plan by hand and read it back", async () => {
    const { userId } = await signInAs("jinfeng.admin");
    const tenantId = await tenantIdOf("jinfeng");
    const db = ownerDb();

    const { planId } = data(
      await act.createPlanAction(null, {
        title: " 金凤区2025年手工规划 ",
        kind: "action_plan",
        startYear: "2025",
        endYear: "2027",
        documentNumber: "金教发〔2025〕1号",
      }),
    );
    expect(await db.plan.findUniqueOrThrow({ where: { id: planId } })).toMatchObject({
      tenantId,
      title: "金凤区2025年手工规划",
      kind: "action_plan",
      startYear: 2025,
      endYear: 2027,
    });

    data(
      await act.updatePlanAction(null, { planId, title: "金凤区2025年行动方案", kind: "action_plan", startYear: "2025", endYear: "2026", documentNumber: "" }),
    );
    expect(await db.plan.findUniqueOrThrow({ where: { id: planId } })).toMatchObject({ title: "金凤区2025年行动方案", endYear: 2026, documentNumber: null });

    const { sectionId: first } = data(await act.createSectionAction(null, { planId, title: "一、基础教育" }));
    const { sectionId: second } = data(await act.createSectionAction(null, { planId, title: "二、队伍建设" }));
    const { sectionId: child } = data(await act.createSectionAction(null, { planId, parentId: first, title: "（一）学前教育" }));
    data(await act.renameSectionAction(null, { sectionId: second, title: "二、教师队伍建设" }));

    const { taskId } = data(await act.createTaskAction(null, { sectionId: child, title: "新建幼儿园" }));
    const { taskId: other } = data(await act.createTaskAction(null, { sectionId: second, title: "教师培训" }));
    expect(await db.task.findUniqueOrThrow({ where: { id: taskId } })).toMatchObject({ number: 1, version: 1, sectionId: child });
    expect(await db.task.findUniqueOrThrow({ where: { id: other } })).toMatchObject({ number: 2 });

    // Moving "二" above "一" puts its task first in document order.
    data(await act.moveSectionAction(null, { sectionId: second, direction: "up" }));
    const ordered = await db.task.findMany({ where: { planId }, orderBy: { position: "asc" }, select: { id: true, position: true } });
    expect(ordered).toEqual([
      { id: other, position: 0 },
      { id: taskId, position: 1 },
    ]);
    expect(await act.moveSectionAction(null, { sectionId: second, direction: "up" })).toMatchObject({ ok: false, message: "已经是第一个，无法上移" });

    const existingLeader = await db.person.findFirstOrThrow({ where: { tenantId }, orderBy: { name: "asc" } });
    const existingUnit = await db.orgUnit.findFirstOrThrow({ where: { tenantId, name: "教研室" } });
    const saved = await act.saveTaskAction(null, {
      taskId,
      version: "1",
      title: "新建、改扩建公办幼儿园",
      number: "7",
      sectionId: child,
      goal: "新增学位 900 个",
      measures: "完成选址\n\n  开工建设  \r\n竣工验收",
      leaders: `${existingLeader.name}、新任副局长，新任副局长`,
      unitName: ["教研室", "金凤区第九小学", ""],
      unitRole: ["lead", "cooperate", "responsible"],
    });
    expect(saved).toMatchObject({ ok: true, message: "已保存任务", data: { taskId, planId, version: 2 } });

    const task = await db.task.findUniqueOrThrow({
      where: { id: taskId },
      include: { measures: { orderBy: { position: "asc" } }, leaders: { include: { person: true } }, units: { include: { orgUnit: true } } },
    });
    expect(task).toMatchObject({ title: "新建、改扩建公办幼儿园", number: 7, goal: "新增学位 900 个", version: 2 });
    expect(task.measures.map((m) => [m.position, m.text])).toEqual([
      [0, "完成选址"],
      [1, "开工建设"],
      [2, "竣工验收"],
    ]);
    expect(task.leaders.map((l) => l.person.name).sort()).toEqual([existingLeader.name, "新任副局长"].sort());
    expect(task.leaders.find((l) => l.person.name === existingLeader.name)?.personId).toBe(existingLeader.id);
    expect(task.units.map((u) => [u.orgUnit.name, u.role]).sort()).toEqual([
      ["教研室", "lead"],
      ["金凤区第九小学", "cooperate"],
    ]);
    expect(task.units.find((u) => u.orgUnit.name === "教研室")?.orgUnitId).toBe(existingUnit.id);
    expect(await db.orgUnit.findFirstOrThrow({ where: { tenantId, name: "金凤区第九小学" } })).toMatchObject({ kind: "school" });

    const { indicatorId: planIndicator } = data(
      await act.createIndicatorAction(null, {
        planId,
        name: "普惠性幼儿园覆盖率",
        unit: "%",
        comparator: "range",
        baselineValue: "85.5",
        baselineYear: "2024",
        targetValue: "90",
        targetMax: "95",
        targetYear: "2026",
      }),
    );
    const { indicatorId: taskTarget } = data(
      await act.createIndicatorAction(null, {
        planId,
        taskId,
        name: "新增学位",
        unit: "个",
        comparator: "gte",
        targetValue: "900",
        targetMax: "1000",
        targetYear: "2026",
      }),
    );
    expect(await db.indicator.findUniqueOrThrow({ where: { id: planIndicator } })).toMatchObject({
      taskId: null,
      origin: "manual",
      comparator: "range",
      baselineYear: 2024,
      targetYear: 2026,
    });
    const target = await db.indicator.findUniqueOrThrow({ where: { id: taskTarget } });
    expect(target).toMatchObject({ taskId, origin: "manual", targetMax: null });
    expect(target.targetValue?.toString()).toBe("900");

    data(
      await act.updateIndicatorAction(null, {
        indicatorId: planIndicator,
        name: "普惠性幼儿园覆盖率",
        unit: "%",
        comparator: "gte",
        targetValue: "92.25",
        targetMax: "99",
        targetYear: "2026",
      }),
    );
    const updated = await db.indicator.findUniqueOrThrow({ where: { id: planIndicator } });
    expect([updated.comparator, updated.targetValue?.toString(), updated.targetMax, updated.baselineValue]).toEqual(["gte", "92.25", null, null]);

    const actions = await db.auditEvent.findMany({
      where: { tenantId, actorUserId: userId, entityId: { in: [planId, first, second, child, taskId, planIndicator] } },
      select: { action: true },
    });
    expect(new Set(actions.map((a) => a.action))).toEqual(
      new Set([
        "plan.create",
        "plan.update",
        "section.create",
        "section.rename",
        "section.move",
        "task.create",
        "task.update",
        "task.measures",
        "task.leaders",
        "task.units",
        "indicator.create",
        "indicator.update",
      ]),
    );

    data(await act.deleteIndicatorAction(null, { indicatorId: planIndicator }));
    data(await act.deleteTaskAction(null, { taskId: other }));
    data(await act.deleteSectionAction(null, { sectionId: second }));
    expect(await db.indicator.count({ where: { id: planIndicator } })).toBe(0);
    expect(await db.section.count({ where: { planId } })).toBe(2);

    expect(await act.deletePlanAction(null, { planId })).toMatchObject({ ok: false, fieldErrors: { confirm: ["请勾选“我确认删除该规划及其全部任务”"] } });
    expect(await act.deletePlanAction(null, { planId, confirm: "on" })).toMatchObject({ ok: true, message: "已删除规划" });
    expect(await db.task.count({ where: { planId } })).toBe(0);
    expect(await db.indicator.count({ where: { planId } })).toBe(0);
    expect(await db.auditEvent.count({ where: { entityId: planId, action: "plan.delete" } })).toBe(1);
  });

  it("place a new task at the end of its section and keep the plan's document order", async () => {
    await signInAs("jinfeng.admin");
    const { plan } = await jinfengTask();
    const db = ownerDb();
    const section = await db.section.findFirstOrThrow({ where: { planId: plan.id, tasks: { some: {} } }, orderBy: { position: "asc" } });
    const before = await db.task.findMany({ where: { sectionId: section.id }, orderBy: { position: "asc" } });
    const maxNumber = (await db.task.aggregate({ where: { planId: plan.id }, _max: { number: true } }))._max.number!;

    const { taskId } = data(await act.createTaskAction(null, { sectionId: section.id, title: "补充任务" }));
    const all = await db.task.findMany({
      where: { planId: plan.id },
      orderBy: { position: "asc" },
      select: { id: true, sectionId: true, position: true, number: true },
    });
    expect(all.map((t) => t.position)).toEqual(all.map((_, i) => i));
    const index = all.findIndex((t) => t.id === taskId);
    expect(all[index]?.number).toBe(maxNumber + 1);
    expect(all[index - 1]?.id).toBe(before.at(-1)?.id);
    expect(all[index + 1]?.sectionId).not.toBe(section.id);
  });

  it("are refused to staff, leaders, reporters and the city viewer, and write nothing", async () => {
    const { plan, task } = await jinfengTask();
    const section = await ownerDb().section.findFirstOrThrow({ where: { planId: plan.id } });
    const before = await counts();
    for (const username of ["jinfeng.staff", "jinfeng.leader", "jinfeng.reporter", "yinchuan.viewer"]) {
      await signInAs(username);
      const attempts = [
        act.createPlanAction(null, { title: "越权规划", kind: "other", startYear: 2025, endYear: 2025 }),
        act.updatePlanAction(null, { planId: plan.id, title: "越权", kind: "other", startYear: 2022, endYear: 2022 }),
        act.deletePlanAction(null, { planId: plan.id, confirm: "on" }),
        act.createSectionAction(null, { planId: plan.id, title: "越权" }),
        act.deleteSectionAction(null, { sectionId: section.id }),
        act.createTaskAction(null, { sectionId: section.id, title: "越权" }),
        act.saveTaskAction(null, { taskId: task.id, version: task.version, title: "越权", number: 1, sectionId: task.sectionId }),
        act.deleteTaskAction(null, { taskId: task.id }),
        act.createIndicatorAction(null, { planId: plan.id, name: "越权", comparator: "gte" }),
      ];
      for (const result of await Promise.all(attempts)) expect(result).toEqual({ ok: false, message: FORBIDDEN });
    }
    signOut();
    expect(await act.createPlanAction(null, { title: "x", kind: "other", startYear: 2025, endYear: 2025 })).toEqual({
      ok: false,
      message: "登录已失效，请重新登录",
    });
    expect(await counts()).toEqual(before);
    expect((await ownerDb().task.findUniqueOrThrow({ where: { id: task.id } })).title).toBe(task.title);
  });

  it("answer bad input with Chinese field errors and write nothing", async () => {
    await signInAs("jinfeng.admin");
    const { plan, task } = await jinfengTask();
    const before = await counts();
    const invalid = "提交的内容有误，请检查标红的字段";

    expect(await act.createPlanAction(null, { title: "  ", kind: "other", startYear: "2025", endYear: "2025" })).toEqual({
      ok: false,
      message: invalid,
      fieldErrors: { title: ["标题不能为空"] },
    });
    expect(await act.createPlanAction(null, { title: "规划", kind: "other", startYear: "2026", endYear: "2025" })).toMatchObject({
      ok: false,
      fieldErrors: { endYear: ["起止年份不正确：截止年份不能早于起始年份"] },
    });
    expect(await act.createPlanAction(null, { title: "规划", kind: "secret", startYear: "1800", endYear: "abc" })).toMatchObject({
      fieldErrors: { kind: ["请选择规划类型"], startYear: ["请输入正确的起始年份（1990–2100）"], endYear: ["请输入正确的截止年份（1990–2100）"] },
    });
    expect(await act.createSectionAction(null, { planId: plan.id, title: "" })).toMatchObject({ fieldErrors: { title: ["标题不能为空"] } });
    expect(
      await act.createIndicatorAction(null, { planId: plan.id, name: "指标", comparator: "gte", targetValue: "九成", baselineValue: "1e3" }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { targetValue: ["请输入数字"], baselineValue: ["请输入数字"] },
    });
    expect(await act.createIndicatorAction(null, { planId: plan.id, name: "指标", comparator: "range", targetValue: "5", targetMax: "3" })).toMatchObject({
      ok: false,
      fieldErrors: { targetMax: ["上限不能小于下限"] },
    });
    expect(await act.createIndicatorAction(null, { planId: plan.id, name: "", comparator: "range", targetYear: "3000" })).toMatchObject({
      fieldErrors: { name: ["请输入指标名称"], targetYear: ["年份应在 1990–2100 之间"] },
    });
    expect(
      await act.saveTaskAction(null, {
        taskId: task.id,
        version: task.version,
        title: "",
        number: "第一",
        sectionId: task.sectionId,
        unitName: ["教研室"],
        unitRole: ["boss"],
      }),
    ).toMatchObject({ ok: false, fieldErrors: { title: ["标题不能为空"], number: ["序号应为 1–9999 的整数"], "units.0.role": ["请选择单位角色"] } });

    expect(await counts()).toEqual(before);
    expect(await ownerDb().task.findUniqueOrThrow({ where: { id: task.id } })).toMatchObject({ title: task.title, version: task.version });
  });

  it("treat another tenant's plan, section, task and indicator ids as not found and change nothing", async () => {
    await signInAs("jinfeng.admin");
    const foreign = await xingqingRows();
    const { plan: own, task: ownTask } = await jinfengTask();
    const before = await foreign.snapshot();
    const ownBefore = await ownerDb().task.findUniqueOrThrow({ where: { id: ownTask.id } });
    const auditBefore = await ownerDb().auditEvent.count();

    const attempts = {
      updatePlan: act.updatePlanAction(null, { planId: foreign.plan.id, title: "被篡改", kind: "other", startYear: 2021, endYear: 2025 }),
      deletePlan: act.deletePlanAction(null, { planId: foreign.plan.id, confirm: "on" }),
      createSection: act.createSectionAction(null, { planId: foreign.plan.id, title: "植入" }),
      createChildSection: act.createSectionAction(null, { planId: own.id, parentId: foreign.section.id, title: "植入" }),
      renameSection: act.renameSectionAction(null, { sectionId: foreign.section.id, title: "被篡改" }),
      moveSection: act.moveSectionAction(null, { sectionId: foreign.section.id, direction: "down" }),
      deleteSection: act.deleteSectionAction(null, { sectionId: foreign.section.id }),
      createTask: act.createTaskAction(null, { sectionId: foreign.section.id, title: "植入" }),
      saveTask: act.saveTaskAction(null, {
        taskId: foreign.task.id,
        version: foreign.task.version,
        title: "被篡改",
        number: 1,
        sectionId: foreign.task.sectionId,
        measures: "x",
        leaders: "某人",
      }),
      moveOwnTaskAway: act.saveTaskAction(null, { taskId: ownTask.id, version: ownTask.version, title: "移走", number: 1, sectionId: foreign.section.id }),
      deleteTask: act.deleteTaskAction(null, { taskId: foreign.task.id }),
      createIndicator: act.createIndicatorAction(null, { planId: foreign.plan.id, name: "植入", comparator: "gte" }),
      createTargetOnForeignTask: act.createIndicatorAction(null, { planId: own.id, taskId: foreign.task.id, name: "植入", comparator: "gte" }),
      updateIndicator: act.updateIndicatorAction(null, { indicatorId: foreign.indicator.id, name: "被篡改", comparator: "gte" }),
      deleteIndicator: act.deleteIndicatorAction(null, { indicatorId: foreign.indicator.id }),
    };
    for (const [name, attempt] of Object.entries(attempts)) {
      const result = await attempt;
      expect(result.ok, name).toBe(false);
      if (!result.ok) expect(result.message, name).toMatch(/不存在或无权访问$/);
    }
    expect(await foreign.snapshot()).toEqual(before);
    expect(await ownerDb().task.findUniqueOrThrow({ where: { id: ownTask.id } })).toEqual(ownBefore);
    expect(await ownerDb().auditEvent.count()).toBe(auditBefore);
  });

  it("refuse the second of two saves made from the same version and keep the first", async () => {
    await signInAs("jinfeng.admin");
    const { task } = await jinfengTask();
    const form = { taskId: task.id, version: String(task.version), number: String(task.number), sectionId: task.sectionId, goal: task.goal ?? "" };

    expect(await act.saveTaskAction(null, { ...form, title: "第一位编辑的标题", measures: "第一位的措施" })).toMatchObject({
      ok: true,
      data: { version: task.version + 1 },
    });
    expect(await act.saveTaskAction(null, { ...form, title: "第二位编辑的标题", measures: "第二位的措施" })).toEqual({ ok: false, message: CONFLICT });
    const after = await ownerDb().task.findUniqueOrThrow({ where: { id: task.id }, include: { measures: true } });
    expect(after).toMatchObject({ title: "第一位编辑的标题", version: task.version + 1 });
    expect(after.measures.map((m) => m.text)).toEqual(["第一位的措施"]);

    // Truly concurrent: exactly one of two saves from the same version wins.
    const racing = { ...form, version: String(after.version), measures: "" };
    const results = await Promise.all([act.saveTaskAction(null, { ...racing, title: "甲" }), act.saveTaskAction(null, { ...racing, title: "乙" })]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toEqual({ ok: false, message: CONFLICT });
    expect((await ownerDb().task.findUniqueOrThrow({ where: { id: task.id } })).version).toBe(after.version + 1);
  });

  it("refuse to delete a section that still has tasks or subsections", async () => {
    await signInAs("jinfeng.admin");
    const { plan } = await jinfengTask();
    const db = ownerDb();
    const withTasks = await db.section.findFirstOrThrow({ where: { planId: plan.id, tasks: { some: {} } } });
    const taskCount = await db.task.count({ where: { sectionId: withTasks.id } });
    expect(await act.deleteSectionAction(null, { sectionId: withTasks.id })).toEqual({
      ok: false,
      message: `该部分下还有 ${taskCount} 项任务，请先删除或移走这些任务`,
    });

    const { sectionId: parent } = data(await act.createSectionAction(null, { planId: plan.id, title: "空的上级部分" }));
    data(await act.createSectionAction(null, { planId: plan.id, parentId: parent, title: "子部分" }));
    expect(await act.deleteSectionAction(null, { sectionId: parent })).toEqual({ ok: false, message: "该部分下还有 1 个子部分，请先删除子部分" });
    expect(await db.section.count({ where: { id: { in: [withTasks.id, parent] } } })).toBe(2);
    expect(await db.task.count({ where: { sectionId: withTasks.id } })).toBe(taskCount);
  });
});
