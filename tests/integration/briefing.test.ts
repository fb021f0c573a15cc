// The briefing's (简报) plan-scoped aggregates against real PostgreSQL, on a
// small fixture built here so every number is counted by hand below. "Today"
// is fixed at 2026-05-20 (China). Another plan of the same tenant and another
// tenant's plan carry delayed tasks and overdue slots that must never count.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { TenantSession } from "@/lib/auth/session";
import { getBriefing } from "@/lib/briefing/get-briefing";
import { getPlanHeadline } from "@/lib/briefing/plan-headline";
import { getTasksBehind } from "@/lib/briefing/tasks-behind";
import { withTenant } from "@/lib/db/tenant-scope";
import { NotFoundError } from "@/lib/errors";
import type { SlotStatus, TaskStatus } from "@/lib/generated/prisma/enums";
import { ownerDb, tenantIdOf } from "@/tests/support/db";
import { tenantSessionOf } from "@/tests/support/reporting";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const TODAY = day("2026-05-20");

const F = {
  tenantId: "",
  planA: "",
  planB: "",
  foreignPlan: "",
  tasks: {} as Record<string, string>,
};
let staff: TenantSession;

/**
 * Plan A (six tasks):
 *   T1 completed    Q1 slot approved                        → not behind
 *   T2 delayed      Q4 slot draft (due 01-05), Q1 open (04-05) → behind, 2 overdue since 01-05
 *                   leaders 王领导 李领导; lead 一号科室, responsible 三号学校, cooperate 二号科室
 *   T3 in_progress  Q1 slot returned (04-05)                → behind, 1 overdue since 04-05
 *   T4 in_progress  Q1 submitted, Q2 open (due 07-05)       → not behind
 *   T5 not_started  no slots                                → not behind
 *   T6 paused       slot open due 05-20 = today (not before) → not behind
 * Headline: not_started 1, in_progress 2, completed 1, delayed 1, paused 1 (total 6),
 *   completed 1/6, overdue slots 3 (T2 ×2, T3), overdue tasks 2.
 * Plan B (same tenant): T7 delayed with an open slot due 2026-04-05.
 */
async function buildFixture() {
  const db = ownerDb();
  const tenant = await db.tenant.create({ data: { code: `brief${randomUUID().slice(0, 6)}`, name: "简报测试区教育局", kind: "bureau" } });
  const tenantId = (F.tenantId = tenant.id);
  const user = await db.user.create({ data: { username: "brief.staff", displayName: "简报工作人员", passwordHash: "unused" } });
  await db.membership.create({ data: { tenantId, userId: user.id, role: "bureau_staff" } });

  const unit = (name: string) => db.orgUnit.create({ data: { tenantId, name, kind: "department" } }).then((u) => u.id);
  const u1 = await unit("一号科室");
  const u2 = await unit("二号科室");
  const u3 = await unit("三号学校");
  const l1 = (await db.person.create({ data: { tenantId, name: "王领导" } })).id;
  const l2 = (await db.person.create({ data: { tenantId, name: "李领导" } })).id;

  const plan = async (title: string) => {
    const p = await db.plan.create({ data: { tenantId, title, startYear: 2026, endYear: 2026 } });
    const section = await db.section.create({ data: { tenantId, planId: p.id, title: "一、总则", position: 1 } });
    const period = (label: string, startsOn: string, endsOn: string, dueOn: string) =>
      db.reportingPeriod.create({ data: { tenantId, planId: p.id, label, startsOn: day(startsOn), endsOn: day(endsOn), dueOn: day(dueOn) } });
    return {
      id: p.id,
      section: section.id,
      q4: await period("2025年第4季度", "2025-10-01", "2025-12-31", "2026-01-05"),
      q1: await period("2026年第1季度", "2026-01-01", "2026-03-31", "2026-04-05"),
      q2: await period("2026年第2季度", "2026-04-01", "2026-06-30", "2026-07-05"),
      may: await period("2026年2月补报", "2026-02-01", "2026-02-28", "2026-05-20"),
    };
  };
  const a = await plan("简报测试规划甲");
  const b = await plan("简报测试规划乙");
  F.planA = a.id;
  F.planB = b.id;

  let position = 0;
  const task = async (
    key: string,
    p: typeof a,
    status: TaskStatus,
    leaders: string[],
    units: [string, "lead" | "responsible" | "cooperate"][],
    slots: [keyof Omit<typeof a, "id" | "section">, SlotStatus][],
  ) => {
    position++;
    const t = await db.task.create({
      data: { tenantId, planId: p.id, sectionId: p.section, number: position, position, title: `简报任务${key}`, status, progress: position * 10 },
    });
    F.tasks[key] = t.id;
    for (const personId of leaders) await db.taskLeader.create({ data: { tenantId, taskId: t.id, personId } });
    for (const [orgUnitId, role] of units) await db.taskUnit.create({ data: { tenantId, taskId: t.id, orgUnitId, role } });
    for (const [periodKey, slotStatus] of slots) {
      const period = p[periodKey];
      await db.reportSlot.create({
        data: { tenantId, periodId: period.id, taskId: t.id, orgUnitId: units[0]?.[0] ?? u1, unitRole: "lead", dueOn: period.dueOn, status: slotStatus },
      });
    }
  };
  await task("T1", a, "completed", [l1], [[u1, "lead"]], [["q1", "approved"]]);
  await task(
    "T2",
    a,
    "delayed",
    [l1, l2],
    [
      [u1, "lead"],
      [u3, "responsible"],
      [u2, "cooperate"],
    ],
    [
      ["q4", "draft"],
      ["q1", "open"],
    ],
  );
  await task("T3", a, "in_progress", [l2], [[u2, "lead"]], [["q1", "returned"]]);
  await task(
    "T4",
    a,
    "in_progress",
    [],
    [],
    [
      ["q1", "submitted"],
      ["q2", "open"],
    ],
  );
  await task("T5", a, "not_started", [], [], []);
  await task("T6", a, "paused", [], [[u1, "cooperate"]], [["may", "open"]]);
  await task("T7", b, "delayed", [l1], [[u1, "lead"]], [["q1", "open"]]);

  // Indicators: one on each plan; only plan A's belongs in A's briefing.
  // Baseline 80 (2024) → ≥ 90 (2026); 85.6 approved as of 2025-12-31 (half way, expected 85, tolerance 0.5) → ahead.
  const indicator = (planId: string, name: string) =>
    db.indicator.create({
      data: {
        tenantId,
        planId,
        origin: "manual",
        position: 1,
        name,
        unit: "%",
        comparator: "gte",
        baselineValue: 80,
        baselineYear: 2024,
        targetValue: 90,
        targetYear: 2026,
      },
    });
  const ia = await indicator(a.id, "甲规划指标");
  await db.indicatorActual.create({ data: { tenantId, indicatorId: ia.id, value: 85.6, asOf: day("2025-12-31"), reviewState: "approved" } });
  await indicator(b.id, "乙规划指标");

  // Another tenant's plan with a delayed task and an overdue slot.
  const huiji = await tenantIdOf("huiji");
  const foreign = await db.task.findFirstOrThrow({ where: { tenantId: huiji }, orderBy: { position: "asc" } });
  F.foreignPlan = foreign.planId;
  await db.task.update({ where: { id: foreign.id }, data: { status: "delayed" } });
  const foreignPeriod = await db.reportingPeriod.create({
    data: { tenantId: huiji, planId: foreign.planId, label: "简报测试期", startsOn: day("2025-10-01"), endsOn: day("2025-12-31"), dueOn: day("2026-01-05") },
  });
  const foreignUnit = await db.orgUnit.findFirstOrThrow({ where: { tenantId: huiji } });
  await db.reportSlot.create({
    data: { tenantId: huiji, periodId: foreignPeriod.id, taskId: foreign.id, orgUnitId: foreignUnit.id, unitRole: "lead", dueOn: day("2026-01-05") },
  });
}

beforeAll(async () => {
  await buildFixture();
  staff = await tenantSessionOf("brief.staff");
});

const counts = (c: Partial<Record<TaskStatus, number>>) => {
  const full = { not_started: 0, in_progress: 0, completed: 0, delayed: 0, paused: 0, ...c };
  return { ...full, total: Object.values(full).reduce((x, y) => x + y, 0) };
};

describe("plan headline", () => {
  it("counts one plan's tasks by status, completed share, overdue slots and tasks (hand-counted)", async () => {
    const h = await withTenant(staff, (tx) => getPlanHeadline(tx, F.tenantId, F.planA, TODAY));
    expect(h.counts).toEqual(counts({ not_started: 1, in_progress: 2, completed: 1, delayed: 1, paused: 1 }));
    expect(h.completedShare).toBeCloseTo(1 / 6);
    expect(h.overdueSlots).toBe(3); // T2 Q4 draft, T2 Q1 open, T3 Q1 returned
    expect(h.overdueTasks).toBe(2); // T2, T3
  });

  it("the other plan of the same tenant counts only its own task", async () => {
    const h = await withTenant(staff, (tx) => getPlanHeadline(tx, F.tenantId, F.planB, TODAY));
    expect(h).toEqual({ counts: counts({ delayed: 1 }), completedShare: 0, overdueSlots: 1, overdueTasks: 1 });
  });

  it("moves with the date: on 2026-01-05 nothing was due before today", async () => {
    const h = await withTenant(staff, (tx) => getPlanHeadline(tx, F.tenantId, F.planA, day("2026-01-05")));
    expect(h.overdueSlots).toBe(0);
    // One day later the Q4 draft is overdue.
    const next = await withTenant(staff, (tx) => getPlanHeadline(tx, F.tenantId, F.planA, day("2026-01-06")));
    expect([next.overdueSlots, next.overdueTasks]).toEqual([1, 1]);
  });
});

describe("tasks behind", () => {
  it("delayed or with an overdue slot, in document order, with leaders and lead/responsible units", async () => {
    const rows = await withTenant(staff, (tx) => getTasksBehind(tx, F.tenantId, F.planA, TODAY));
    expect(rows.map((r) => r.id)).toEqual([F.tasks.T2, F.tasks.T3]);
    const [t2, t3] = rows;
    expect(t2).toMatchObject({ number: 2, title: "简报任务T2", status: "delayed", progress: 20, overdueSlots: 2, overdueSince: day("2026-01-05") });
    expect([...t2!.leaders].sort()).toEqual(["李领导", "王领导"].sort());
    // The cooperating unit is not named; lead before responsible.
    expect(t2!.units).toEqual([
      { name: "一号科室", role: "lead" },
      { name: "三号学校", role: "responsible" },
    ]);
    expect(t3).toMatchObject({
      status: "in_progress",
      leaders: ["李领导"],
      units: [{ name: "二号科室", role: "lead" }],
      overdueSlots: 1,
      overdueSince: day("2026-04-05"),
    });
  });
});

describe("tasks behind never lists a finished task", () => {
  it("a completed task, or a 销号 one still marked 滞后, is left out though it owes an overdue report", async () => {
    const db = ownerDb();
    const tenantId = F.tenantId;
    const plan = await db.plan.create({ data: { tenantId, title: "简报测试规划丙", startYear: 2026, endYear: 2026 } });
    const section = await db.section.create({ data: { tenantId, planId: plan.id, title: "一、总则", position: 1 } });
    const period = await db.reportingPeriod.create({
      data: { tenantId, planId: plan.id, label: "2026年第1季度", startsOn: day("2026-01-01"), endsOn: day("2026-03-31"), dueOn: day("2026-04-05") },
    });
    const unitId = (await db.orgUnit.findFirstOrThrow({ where: { tenantId } })).id;
    const task = async (number: number, status: TaskStatus, closedAt: Date | null = null) => {
      const t = await db.task.create({
        data: { tenantId, planId: plan.id, sectionId: section.id, number, position: number, title: `丙任务${number}`, status, closedAt },
      });
      await db.reportSlot.create({ data: { tenantId, periodId: period.id, taskId: t.id, orgUnitId: unitId, unitRole: "lead", dueOn: period.dueOn } });
      return t.id;
    };
    await task(1, "completed");
    await task(2, "delayed", new Date("2026-05-01T02:00:00Z"));
    const open = await task(3, "in_progress");
    const rows = await withTenant(staff, (tx) => getTasksBehind(tx, tenantId, plan.id, TODAY));
    expect(rows.map((r) => [r.id, r.overdueSlots])).toEqual([[open, 1]]);
  });
});

describe("the briefing and tenant scoping", () => {
  it("holds the plan, its headline, only its own indicators (judged) and its tasks behind", async () => {
    const b = await withTenant(staff, (tx) => getBriefing(tx, F.tenantId, F.planA, TODAY), { readOnly: true });
    expect(b.plan).toMatchObject({ id: F.planA, title: "简报测试规划甲", startYear: 2026, endYear: 2026 });
    expect(b.headline.counts.total).toBe(6);
    expect(b.indicators.map((i) => [i.name, i.latest?.value, i.result.judgement])).toEqual([["甲规划指标", 85.6, "ahead"]]);
    expect(b.tasksBehind.map((t) => t.number)).toEqual([2, 3]);
  });

  it("another tenant's plan is not found, and its rows count for nothing", async () => {
    await expect(withTenant(staff, (tx) => getBriefing(tx, F.tenantId, F.foreignPlan, TODAY))).rejects.toBeInstanceOf(NotFoundError);
    // Filtered by the caller's tenant: the foreign plan id matches nothing.
    const h = await withTenant(staff, (tx) => getPlanHeadline(tx, F.tenantId, F.foreignPlan, TODAY));
    expect(h).toEqual({ counts: counts({}), completedShare: 0, overdueSlots: 0, overdueTasks: 0 });
    expect(await withTenant(staff, (tx) => getTasksBehind(tx, F.tenantId, F.foreignPlan, TODAY))).toEqual([]);
    // Even when asked for the other tenant's id outright, RLS shows nothing in the caller's transaction.
    const huiji = await tenantIdOf("huiji");
    const forced = await withTenant(staff, (tx) => getPlanHeadline(tx, huiji, F.foreignPlan, TODAY));
    expect(forced.counts.total).toBe(0);
    expect(forced.overdueSlots).toBe(0);
    expect(await withTenant(staff, (tx) => getTasksBehind(tx, huiji, F.foreignPlan, TODAY))).toEqual([]);
  });
});

describe("the briefing's 亮灯", () => {
  it("counts the plan's lights and lists its red tasks with their units", async () => {
    const tasks = await ownerDb().task.findMany({ where: { planId: F.planA }, orderBy: { position: "asc" } });
    const open = tasks.filter((t) => t.status !== "completed");
    await ownerDb().task.update({ where: { id: open[0]!.id }, data: { dueDate: day("2026-05-19") } });
    await ownerDb().task.update({ where: { id: open[1]!.id }, data: { dueDate: day("2026-05-25") } });
    const b = await withTenant(staff, (tx) => getBriefing(tx, F.tenantId, F.planA, TODAY), { readOnly: true });
    expect([b.lights.red, b.lights.yellow]).toEqual([1, 1]);
    expect(b.lights.done).toBe(tasks.length - open.length);
    expect(b.redTasks.map((t) => [t.number, t.dueDate])).toEqual([[open[0]!.number, day("2026-05-19")]]);
  });
});
