// The bureau dashboard's aggregates against real PostgreSQL, on a small
// fixture tenant built here (six tasks, two leaders, three units, five
// indicators, eight report slots) so every expected number is counted by hand
// in the comments below. "Today" is fixed at 2026-05-20 (China), so the
// quarter began 2026-04-01 00:00 China time = 2026-03-31T16:00Z.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { TenantSession } from "@/lib/auth/session";
import { getBreakdownByLeadUnit, NO_LEAD_UNIT } from "@/lib/dashboard/breakdown-by-lead-unit";
import { getBreakdownByLeader, NO_LEADER } from "@/lib/dashboard/breakdown-by-leader";
import { getBreakdownBySection } from "@/lib/dashboard/breakdown-by-section";
import type { BreakdownRow } from "@/lib/dashboard/breakdown-row";
import { dashboardDates } from "@/lib/dashboard/dates";
import { getHeadline } from "@/lib/dashboard/headline";
import { startHomeReads } from "@/lib/dashboard/home-reads";
import type { HomeScopeChoice } from "@/lib/dashboard/home-scope";
import type { IndicatorListView } from "@/lib/dashboard/indicator-list-view";
import { getIndicatorProgress } from "@/lib/dashboard/indicator-progress";
import { getIndicatorTrends } from "@/lib/dashboard/indicator-trends";
import { getLinkedPeople } from "@/lib/dashboard/linked-people";
import { listLitTasks } from "@/lib/dashboard/lit-tasks";
import { listOverdueUnits } from "@/lib/dashboard/overdue-units";
import { mineCondition, type DashboardScope } from "@/lib/dashboard/scope";
import { countTaskLights } from "@/lib/supervision/count-task-lights";
import { TASK_STATUSES } from "@/lib/vocabulary";
import { withTenant } from "@/lib/db/tenant-scope";
import type { TaskStatus } from "@/lib/generated/prisma/enums";
import { parseTaskListFilter } from "@/lib/plans/display/task-list-filter";
import { NONE, type TaskListLink, taskListParams } from "@/lib/plans/display/task-list-href";
import { listTasks } from "@/lib/plans/queries/list-tasks";
import { ownerDb, tenantIdOf } from "@/tests/support/db";
import { tenantSessionOf } from "@/tests/support/reporting";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const at = (iso: string) => new Date(iso);
const TODAY = day("2026-05-20");
const DATES = dashboardDates(TODAY);

const F = {
  tenantId: "",
  leaderUserId: "",
  plan: "",
  sections: { s1: "", s1a: "", s2: "" },
  units: { u1: "", u2: "", u3: "" },
  people: { l1: "", l2: "" },
  tasks: {} as Record<"t1" | "t2" | "t3" | "t4" | "t5" | "t6", string>,
};
let leader: TenantSession;
let staff: TenantSession;

/**
 * Tasks (status now ← as of 2026-04-01 China, from task_status_events):
 *   T1 §一     completed  ← in_progress   leaders L1      lead U1, responsible U3
 *   T2 §一(一) delayed    ← in_progress   leaders L1, L2  lead U1   (delayed at 04-01 01:00 China: after the quarter began)
 *   T3 §一(一) in_progress← in_progress   leaders L2      lead U2
 *   T4 §二     delayed    ← delayed       leaders L2      lead U2, cooperate U1
 *   T5 §二     not_started← not_started   no leader       no unit   (no events)
 *   T6 §二     paused     ← in_progress   leaders L1      lead U1 and U2
 * L1 is linked to dash.leader: 我负责的 = T1, T2, T6.
 */
async function buildFixture() {
  const db = ownerDb();
  const tenant = await db.tenant.create({ data: { code: `dash${randomUUID().slice(0, 6)}`, name: "仪表盘测试区教育局", kind: "bureau" } });
  const tenantId = (F.tenantId = tenant.id);
  const leaderUser = await db.user.create({ data: { username: "dash.leader", displayName: "测试分管领导", passwordHash: "unused" } });
  const staffUser = await db.user.create({ data: { username: "dash.staff", displayName: "测试工作人员", passwordHash: "unused" } });
  F.leaderUserId = leaderUser.id;
  await db.membership.create({ data: { tenantId, userId: leaderUser.id, role: "leader" } });
  await db.membership.create({ data: { tenantId, userId: staffUser.id, role: "bureau_staff" } });

  const unit = (name: string) => db.orgUnit.create({ data: { tenantId, name, kind: "department" } }).then((u) => u.id);
  F.units = { u1: await unit("一号科室"), u2: await unit("二号科室"), u3: await unit("三号学校") };
  F.people.l1 = (await db.person.create({ data: { tenantId, name: "王领导", userId: leaderUser.id } })).id;
  F.people.l2 = (await db.person.create({ data: { tenantId, name: "李领导" } })).id;

  const plan = await db.plan.create({ data: { tenantId, title: "仪表盘测试规划", startYear: 2026, endYear: 2026 } });
  F.plan = plan.id;
  const section = (title: string, position: number, parentId: string | null = null) =>
    db.section.create({ data: { tenantId, planId: plan.id, title, position, parentId } }).then((s) => s.id);
  F.sections.s1 = await section("一、甲部分", 1);
  F.sections.s1a = await section("（一）甲之一", 2, F.sections.s1);
  F.sections.s2 = await section("二、乙部分", 3);

  const specs: {
    key: keyof typeof F.tasks;
    section: string;
    status: TaskStatus;
    leaders: string[];
    units: [string, "lead" | "responsible" | "cooperate"][];
    events: [string, TaskStatus][];
  }[] = [
    {
      key: "t1",
      section: F.sections.s1,
      status: "completed",
      leaders: [F.people.l1],
      units: [
        [F.units.u1, "lead"],
        [F.units.u3, "responsible"],
      ],
      events: [
        ["2026-02-10T02:00:00Z", "in_progress"],
        ["2026-04-15T02:00:00Z", "completed"],
      ],
    },
    {
      key: "t2",
      section: F.sections.s1a,
      status: "delayed",
      leaders: [F.people.l1, F.people.l2],
      units: [[F.units.u1, "lead"]],
      // 23:00 on 03-31 China (before the quarter) and 01:00 on 04-01 China (after).
      events: [
        ["2026-03-31T15:00:00Z", "in_progress"],
        ["2026-03-31T17:00:00Z", "delayed"],
      ],
    },
    {
      key: "t3",
      section: F.sections.s1a,
      status: "in_progress",
      leaders: [F.people.l2],
      units: [[F.units.u2, "lead"]],
      events: [["2026-01-05T02:00:00Z", "in_progress"]],
    },
    {
      key: "t4",
      section: F.sections.s2,
      status: "delayed",
      leaders: [F.people.l2],
      units: [
        [F.units.u2, "lead"],
        [F.units.u1, "cooperate"],
      ],
      events: [["2026-03-20T02:00:00Z", "delayed"]],
    },
    { key: "t5", section: F.sections.s2, status: "not_started", leaders: [], units: [], events: [] },
    {
      key: "t6",
      section: F.sections.s2,
      status: "paused",
      leaders: [F.people.l1],
      units: [
        [F.units.u1, "lead"],
        [F.units.u2, "lead"],
      ],
      events: [
        ["2026-02-01T02:00:00Z", "in_progress"],
        ["2026-05-01T02:00:00Z", "paused"],
      ],
    },
  ];
  let position = 0;
  for (const s of specs) {
    position++;
    const task = await db.task.create({
      data: { tenantId, planId: plan.id, sectionId: s.section, number: position, position, title: `测试任务${position}`, status: s.status },
    });
    F.tasks[s.key] = task.id;
    for (const personId of s.leaders) await db.taskLeader.create({ data: { tenantId, taskId: task.id, personId } });
    for (const [orgUnitId, role] of s.units) await db.taskUnit.create({ data: { tenantId, taskId: task.id, orgUnitId, role } });
    let from: TaskStatus = "not_started";
    for (const [createdAt, toStatus] of s.events) {
      await db.taskStatusEvent.create({ data: { tenantId, taskId: task.id, fromStatus: from, toStatus, toProgress: 0, createdAt: at(createdAt) } });
      from = toStatus;
    }
  }

  // Report slots. Q4-2025 due 2026-01-05, Q1-2026 due 2026-04-05, Q2-2026 due 2026-07-05.
  const period = (label: string, startsOn: string, endsOn: string, dueOn: string) =>
    db.reportingPeriod.create({ data: { tenantId, planId: plan.id, label, startsOn: day(startsOn), endsOn: day(endsOn), dueOn: day(dueOn) } }).then((p) => p);
  const q4 = await period("2025年第4季度", "2025-10-01", "2025-12-31", "2026-01-05");
  const q1 = await period("2026年第1季度", "2026-01-01", "2026-03-31", "2026-04-05");
  const q2 = await period("2026年第2季度", "2026-04-01", "2026-06-30", "2026-07-05");
  const slot = async (
    p: { id: string; dueOn: Date },
    taskKey: keyof typeof F.tasks,
    orgUnitId: string,
    status: "open" | "draft" | "submitted" | "returned" | "approved",
    createdAt: string,
    events: [string, string, "draft" | "submitted" | "returned" | "approved"][] = [],
  ) => {
    const s = await db.reportSlot.create({
      data: { tenantId, periodId: p.id, taskId: F.tasks[taskKey], orgUnitId, unitRole: "lead", dueOn: p.dueOn, status, createdAt: at(createdAt) },
    });
    if (events.length === 0) return s;
    const reportStatus = status === "open" ? "draft" : status;
    const report = await db.report.create({ data: { tenantId, slotId: s.id, status: reportStatus } });
    let from: string | null = null;
    for (const [createdAt, action, toStatus] of events) {
      await db.reportEvent.create({
        data: { tenantId, reportId: report.id, action, fromStatus: from as never, toStatus, createdAt: at(createdAt) },
      });
      from = toStatus;
    }
    return s;
  };
  // Overdue now = unsubmitted (open/draft/returned) and due before 05-20.
  // Overdue then = existed, due before 04-01, last report event before 04-01 China not a submission.
  //   s1 T1/U1 Q4 approved (submitted 01-03)                         now: no   then: no
  //   s2 T2/U1 Q4 open, no report                                    now: yes  then: yes
  //   s3 T2/U1 Q1 draft                                              now: yes  then: no (due 04-05)
  //   s4 T4/U2 Q4 submitted on 04-10, only a draft before            now: no   then: yes
  //   s5 T4/U2 Q1 returned                                           now: yes  then: no (due 04-05)
  //   s6 T3/U2 Q4 returned on 04-20, submitted 2025-12-30            now: yes  then: no
  //   s7 T6/U1 Q2 open, due 07-05                                    now: no   then: no
  //   s8 T1/U3 Q4 open, slot created 04-10 (after the quarter began) now: yes  then: no (did not exist)
  await slot(q4, "t1", F.units.u1, "approved", "2025-12-01T00:00:00Z", [
    ["2025-12-20T02:00:00Z", "create", "draft"],
    ["2026-01-03T02:00:00Z", "submit", "submitted"],
    ["2026-01-10T02:00:00Z", "approve", "approved"],
  ]);
  await slot(q4, "t2", F.units.u1, "open", "2025-12-01T00:00:00Z");
  await slot(q1, "t2", F.units.u1, "draft", "2026-03-25T00:00:00Z", [["2026-03-28T02:00:00Z", "create", "draft"]]);
  await slot(q4, "t4", F.units.u2, "submitted", "2025-12-01T00:00:00Z", [
    ["2026-01-02T02:00:00Z", "create", "draft"],
    ["2026-04-10T02:00:00Z", "submit", "submitted"],
  ]);
  await slot(q1, "t4", F.units.u2, "returned", "2026-03-25T00:00:00Z", [
    ["2026-04-02T02:00:00Z", "create", "draft"],
    ["2026-04-03T02:00:00Z", "submit", "submitted"],
    ["2026-04-08T02:00:00Z", "return", "returned"],
  ]);
  await slot(q4, "t3", F.units.u2, "returned", "2025-12-01T00:00:00Z", [
    ["2025-12-30T02:00:00Z", "submit", "submitted"],
    ["2026-04-20T02:00:00Z", "return", "returned"],
  ]);
  await slot(q2, "t6", F.units.u1, "open", "2026-04-02T00:00:00Z");
  await slot(q4, "t1", F.units.u3, "open", "2026-04-10T00:00:00Z");

  // Indicators: baseline 2024 → target 2026, so 2025-12-31 is exactly half way.
  const indicator = (data: {
    name: string;
    taskKey?: keyof typeof F.tasks;
    comparator: "gte" | "lte" | "range" | "change";
    baselineValue?: number;
    baselineYear?: number;
    targetValue?: number;
    targetMax?: number;
    tolerance?: number;
    unit?: string;
  }) =>
    db.indicator.create({
      data: {
        tenantId,
        planId: plan.id,
        taskId: data.taskKey ? F.tasks[data.taskKey] : null,
        origin: "manual",
        position: ++position,
        name: data.name,
        unit: data.unit ?? null,
        comparator: data.comparator,
        baselineValue: data.baselineValue ?? null,
        baselineYear: data.baselineYear ?? null,
        targetValue: data.targetValue ?? null,
        targetMax: data.targetMax ?? null,
        targetYear: data.targetValue === undefined ? null : 2026,
        tolerance: data.tolerance ?? null,
      },
    });
  const actual = (indicatorId: string, value: number, asOf: string, reviewState: "approved" | "pending" | "returned", createdAt = "2026-01-15T00:00:00Z") =>
    db.indicatorActual.create({ data: { tenantId, indicatorId, value, asOf: day(asOf), reviewState, createdAt: at(createdAt) } });

  // I1 plan-level ≥: 80 → 90; latest approved 85.6 (2025-12-31), expected 85, tolerance 0.5 → ahead.
  //    Newer pending 95 and returned 70 must not count.
  const i1 = await indicator({ name: "学前教育毛入园率", comparator: "gte", baselineValue: 80, baselineYear: 2024, targetValue: 90, unit: "%" });
  await actual(i1.id, 84, "2025-06-30", "approved");
  await actual(i1.id, 85.6, "2025-12-31", "approved");
  await actual(i1.id, 95, "2026-03-31", "pending");
  await actual(i1.id, 70, "2026-03-31", "returned");
  // I2 plan-level ≤ (近视率): 60 → 50; approved 56, expected 55, tolerance 0.5 → behind (lower is better).
  const i2 = await indicator({ name: "儿童青少年近视率", comparator: "lte", baselineValue: 60, baselineYear: 2024, targetValue: 50, unit: "%" });
  await actual(i2.id, 56, "2025-12-31", "approved");
  // I3 on T1, range 3–5 from 0: band at half way 1.5–2.5, approved 2 → on-track.
  const i3 = await indicator({
    name: "新建幼儿园",
    taskKey: "t1",
    comparator: "range",
    baselineValue: 0,
    baselineYear: 2024,
    targetValue: 3,
    targetMax: 5,
    unit: "所",
  });
  await actual(i3.id, 2, "2025-12-31", "approved");
  // I4 on T4, ≥ 95 without baseline; only a pending actual → no-data.
  const i4 = await indicator({ name: "课后服务覆盖率", taskKey: "t4", comparator: "gte", targetValue: 95, unit: "%" });
  await actual(i4.id, 96, "2026-03-31", "pending");
  // I5 without a target: not listed.
  await indicator({ name: "无目标指标", comparator: "gte", baselineValue: 1, baselineYear: 2024 });
  // I6 on T2, change +4 from 40 with tolerance 1: expected 42, approved 41.2 → on-track.
  const i6 = await indicator({
    name: "体质健康优良率",
    taskKey: "t2",
    comparator: "change",
    baselineValue: 40,
    baselineYear: 2024,
    targetValue: 4,
    tolerance: 1,
    unit: "%",
  });
  await actual(i6.id, 41.2, "2025-12-31", "approved");

  // Another tenant's activity the fixture must never count: a delayed huiji task with an overdue slot and an approved actual.
  const huiji = await tenantIdOf("huiji");
  const foreign = await db.task.findFirstOrThrow({ where: { tenantId: huiji }, orderBy: { position: "asc" } });
  await db.task.update({ where: { id: foreign.id }, data: { status: "delayed" } });
  const foreignPeriod = await db.reportingPeriod.create({
    data: { tenantId: huiji, planId: foreign.planId, label: "2025年第4季度", startsOn: day("2025-10-01"), endsOn: day("2025-12-31"), dueOn: day("2026-01-05") },
  });
  const foreignUnit = await db.orgUnit.findFirstOrThrow({ where: { tenantId: huiji } });
  await db.reportSlot.create({
    data: {
      tenantId: huiji,
      periodId: foreignPeriod.id,
      taskId: foreign.id,
      orgUnitId: foreignUnit.id,
      unitRole: "lead",
      dueOn: day("2026-01-05"),
      createdAt: at("2025-12-01T00:00:00Z"),
    },
  });
}

beforeAll(async () => {
  await buildFixture();
  leader = await tenantSessionOf("dash.leader");
  staff = await tenantSessionOf("dash.staff");
});

const all = (): DashboardScope => ({ tenantId: F.tenantId, mineUserId: null });
const mine = (): DashboardScope => ({ tenantId: F.tenantId, mineUserId: F.leaderUserId });
const counts = (c: Partial<Record<TaskStatus, number>>) => {
  const full = { not_started: 0, in_progress: 0, completed: 0, delayed: 0, paused: 0, ...c };
  return { ...full, total: Object.values(full).reduce((a, b) => a + b, 0) };
};
const byName = (rows: BreakdownRow[]) => Object.fromEntries(rows.map((r) => [r.name, r.counts]));

describe("headline", () => {
  it("counts tasks by status, completed share, overdue slots — now and at the start of the quarter", async () => {
    const h = await withTenant(staff, (tx) => getHeadline(tx, all(), DATES));
    expect(h.now.counts).toEqual(counts({ not_started: 1, in_progress: 1, completed: 1, delayed: 2, paused: 1 }));
    expect(h.now.completedShare).toBeCloseTo(1 / 6);
    expect(h.now.overdueSlots).toBe(5); // s2 s3 s5 s6 s8
    expect(h.now.overdueTasks).toBe(4); // T2 T4 T3 T1
    // T2's delay was recorded at 01:00 China time on 04-01: after the quarter began, so it was in progress then.
    expect(h.then.counts).toEqual(counts({ not_started: 1, in_progress: 4, delayed: 1 }));
    expect(h.then.completedShare).toBe(0);
    expect(h.then.overdueSlots).toBe(2); // s2 s4
    expect(h.then.overdueTasks).toBe(2);
  });

  it("我负责的: only the tasks naming the person linked to the account", async () => {
    const h = await withTenant(leader, (tx) => getHeadline(tx, mine(), DATES));
    expect(h.now.counts).toEqual(counts({ completed: 1, delayed: 1, paused: 1 })); // T1 T2 T6
    expect(h.then.counts).toEqual(counts({ in_progress: 3 }));
    expect(h.now.overdueSlots).toBe(3); // s2 s3 (T2), s8 (T1)
    expect(h.now.overdueTasks).toBe(2);
    expect(h.then.overdueSlots).toBe(1); // s2
    expect(await withTenant(leader, (tx) => getLinkedPeople(tx, F.tenantId, F.leaderUserId))).toEqual([{ id: F.people.l1, name: "王领导" }]);
  });

  it("moves with the date: before any slot fell due nothing was overdue", async () => {
    const h = await withTenant(staff, (tx) => getHeadline(tx, all(), dashboardDates(day("2026-01-04"))));
    expect(h.now.overdueSlots).toBe(0);
    // The quarter began 2026-01-01 China time, before every recorded event: all not_started then.
    expect(h.then.counts).toEqual(counts({ not_started: 6 }));
  });
});

describe("breakdowns", () => {
  it("by top-level section (subsections roll up), ties in document order", async () => {
    const rows = await withTenant(staff, (tx) => getBreakdownBySection(tx, all()));
    expect(rows.map((r) => [r.id, r.name, r.plan?.id])).toEqual([
      [F.sections.s1, "一、甲部分", F.plan],
      [F.sections.s2, "二、乙部分", F.plan],
    ]);
    expect(rows[0]!.counts).toEqual(counts({ completed: 1, delayed: 1, in_progress: 1 })); // T1 T2 T3
    expect(rows[0]!.completedShare).toBeCloseTo(1 / 3);
    expect(rows[1]!.counts).toEqual(counts({ delayed: 1, not_started: 1, paused: 1 })); // T4 T5 T6
    expect(rows[1]!.completedShare).toBe(0);
  });

  it("by section, the most 滞后 first: the rows a table draws before 显示全部", async () => {
    const db = ownerDb();
    const extra = await db.task.create({
      data: { tenantId: F.tenantId, planId: F.plan, sectionId: F.sections.s2, number: 8, position: 8, title: "又一项滞后任务", status: "delayed" },
    });
    try {
      const rows = await withTenant(staff, (tx) => getBreakdownBySection(tx, all()));
      expect(rows.map((r) => [r.id, r.counts.delayed])).toEqual([
        [F.sections.s2, 2], // T4 and the extra task
        [F.sections.s1, 1], // T2
      ]);
    } finally {
      await db.task.delete({ where: { id: extra.id } });
    }
  });

  it("by primary unit: a task with two lead units counts for each, a task with none has its own row", async () => {
    const rows = await withTenant(staff, (tx) => getBreakdownByLeadUnit(tx, all()));
    expect(byName(rows)).toEqual({
      一号科室: counts({ completed: 1, delayed: 1, paused: 1 }), // T1 T2 T6 (T4 is only cooperating)
      二号科室: counts({ in_progress: 1, delayed: 1, paused: 1 }), // T3 T4 T6
      [NO_LEAD_UNIT]: counts({ not_started: 1 }), // T5
    });
    expect(rows.at(-1)).toMatchObject({ id: null, name: NO_LEAD_UNIT });
    expect(rows.find((r) => r.name === "一号科室")!.completedShare).toBeCloseTo(1 / 3);
  });

  it("a task naming only responsible units counts under them (主责单位), and the unit's list shows exactly it", async () => {
    // Work-points documents (金凤) name only 责任单位: without this they would all land under "no unit".
    const db = ownerDb();
    const tenantId = F.tenantId;
    const t7 = await db.task.create({
      data: { tenantId, planId: F.plan, sectionId: F.sections.s2, number: 7, position: 7, title: "只写责任单位的任务", status: "in_progress" },
    });
    await db.taskUnit.createMany({
      data: [
        { tenantId, taskId: t7.id, orgUnitId: F.units.u3, role: "responsible" },
        { tenantId, taskId: t7.id, orgUnitId: F.units.u1, role: "cooperate" },
      ],
    });
    try {
      const rows = await withTenant(staff, (tx) => getBreakdownByLeadUnit(tx, all()));
      expect(byName(rows)).toEqual({
        一号科室: counts({ completed: 1, delayed: 1, paused: 1 }), // unchanged: cooperating on T7 does not count
        二号科室: counts({ in_progress: 1, delayed: 1, paused: 1 }),
        三号学校: counts({ in_progress: 1 }), // T7 only; T1 names a lead unit, so U3 as its 责任单位 does not count
        [NO_LEAD_UNIT]: counts({ not_started: 1 }),
      });
      const listedIds = async (unit: string) => {
        const filter = parseTaskListFilter(taskListParams({ unit, role: "lead" }));
        const page = await withTenant(staff, (tx) => listTasks(tx, { tenantId, userId: staff.userId }, filter, TODAY));
        return page.items.map((t) => t.id).sort();
      };
      expect(await listedIds(F.units.u3)).toEqual([t7.id]);
      expect(await listedIds(F.units.u1)).toEqual([F.tasks.t1, F.tasks.t2, F.tasks.t6].sort());
      expect(await listedIds(NONE)).toEqual([F.tasks.t5]);
    } finally {
      await db.task.delete({ where: { id: t7.id } });
    }
  });

  it("by leader: most delayed first", async () => {
    const rows = await withTenant(staff, (tx) => getBreakdownByLeader(tx, all()));
    expect(rows.map((r) => [r.id, r.name, r.counts])).toEqual([
      [F.people.l2, "李领导", counts({ delayed: 2, in_progress: 1 })], // T2 T3 T4
      [F.people.l1, "王领导", counts({ completed: 1, delayed: 1, paused: 1 })], // T1 T2 T6
      [null, NO_LEADER, counts({ not_started: 1 })], // T5
    ]);
  });

  it("我负责的 narrows every breakdown to T1, T2, T6", async () => {
    const { sections, units, leaders } = await withTenant(leader, async (tx) => ({
      sections: await getBreakdownBySection(tx, mine()),
      units: await getBreakdownByLeadUnit(tx, mine()),
      leaders: await getBreakdownByLeader(tx, mine()),
    }));
    expect(byName(sections)).toEqual({ "一、甲部分": counts({ completed: 1, delayed: 1 }), "二、乙部分": counts({ paused: 1 }) });
    expect(byName(units)).toEqual({ 一号科室: counts({ completed: 1, delayed: 1, paused: 1 }), 二号科室: counts({ paused: 1 }) });
    expect(leaders.map((r) => [r.name, r.counts])).toEqual([
      ["王领导", counts({ completed: 1, delayed: 1, paused: 1 })],
      ["李领导", counts({ delayed: 1 })], // T2 also names 李领导
    ]);
  });
});

describe("every figure links to a task list showing the same number", () => {
  async function listed(session: TenantSession, link: TaskListLink): Promise<number> {
    const filter = parseTaskListFilter(taskListParams(link));
    return (await withTenant(session, (tx) => listTasks(tx, { tenantId: F.tenantId, userId: session.userId }, filter, TODAY))).total;
  }

  for (const mode of ["all", "mine"] as const) {
    it(`headline and breakdown cells (${mode})`, async () => {
      const session = mode === "all" ? staff : leader;
      const scope = mode === "all" ? all() : mine();
      const isMine = mode === "mine";
      const { headline, sections, units, leaders } = await withTenant(session, async (tx) => ({
        headline: await getHeadline(tx, scope, DATES),
        sections: await getBreakdownBySection(tx, scope),
        units: await getBreakdownByLeadUnit(tx, scope),
        leaders: await getBreakdownByLeader(tx, scope),
      }));
      expect(await listed(session, { mine: isMine })).toBe(headline.now.counts.total);
      expect(await listed(session, { mine: isMine, overdue: true })).toBe(headline.now.overdueTasks);
      for (const status of TASK_STATUSES) expect(await listed(session, { mine: isMine, status }), status).toBe(headline.now.counts[status]);
      const groups: [BreakdownRow[], (r: BreakdownRow) => TaskListLink][] = [
        [sections, (r) => ({ section: r.id!, plan: r.plan!.id })],
        [units, (r) => ({ unit: r.id ?? NONE, role: "lead" })],
        [leaders, (r) => ({ leader: r.id ?? NONE })],
      ];
      for (const [rows, linkOf] of groups) {
        for (const row of rows) {
          expect(await listed(session, { ...linkOf(row), mine: isMine }), `${row.name} total`).toBe(row.counts.total);
          for (const status of TASK_STATUSES)
            expect(await listed(session, { ...linkOf(row), mine: isMine, status }), `${row.name} ${status}`).toBe(row.counts[status]);
        }
      }
    });
  }

  it("the overdue list holds exactly the tasks with an overdue slot", async () => {
    const filter = parseTaskListFilter({ overdue: "1" });
    const page = await withTenant(staff, (tx) => listTasks(tx, { tenantId: F.tenantId, userId: staff.userId }, filter, TODAY));
    expect(page.items.map((t) => t.id).sort()).toEqual([F.tasks.t1, F.tasks.t2, F.tasks.t3, F.tasks.t4].sort());
  });
});

describe("indicators", () => {
  it("judges each targeted indicator on its latest APPROVED actual, worst first", async () => {
    const items = await withTenant(staff, (tx) => getIndicatorProgress(tx, all()));
    expect(items.map((i) => [i.name, i.result.judgement, i.latest?.value ?? null])).toEqual([
      ["儿童青少年近视率", "behind", 56],
      ["课后服务覆盖率", "no-data", null], // the pending 96 does not count
      ["新建幼儿园", "on-track", 2],
      ["体质健康优良率", "on-track", 41.2],
      ["学前教育毛入园率", "ahead", 85.6], // not the newer pending 95 nor the returned 70
    ]);
    const get = (name: string) => items.find((i) => i.name === name)!;
    expect(get("学前教育毛入园率")).toMatchObject({ task: null, result: { basis: "path", expected: { low: 85, high: 85 }, tolerance: 0.5 } });
    expect(get("学前教育毛入园率").latest!.asOf).toEqual(day("2025-12-31"));
    expect(get("儿童青少年近视率").result.expected).toEqual({ low: 55, high: 55 });
    expect(get("新建幼儿园")).toMatchObject({ task: { id: F.tasks.t1 }, result: { expected: { low: 1.5, high: 2.5 }, goal: { low: 3, high: 5 } } });
    expect(get("体质健康优良率").result).toMatchObject({ goal: { low: 44, high: 44 }, expected: { low: 42, high: 42 }, tolerance: 1 });
    expect(get("课后服务覆盖率").result).toMatchObject({ reason: "no-actual" });
    expect(items.some((i) => i.name === "无目标指标")).toBe(false);
  });

  it("我负责的: only the indicators of the leader's tasks", async () => {
    const items = await withTenant(leader, (tx) => getIndicatorProgress(tx, mine()));
    expect(items.map((i) => i.name).sort()).toEqual(["体质健康优良率", "新建幼儿园"].sort());
  });

  it("trends hold the approved actuals in date order", async () => {
    const items = await withTenant(staff, (tx) => getIndicatorProgress(tx, all()));
    const ids = items.map((i) => i.id);
    const trends = await withTenant(staff, (tx) => getIndicatorTrends(tx, F.tenantId, ids));
    const i1 = items.find((i) => i.name === "学前教育毛入园率")!;
    expect(trends.get(i1.id)).toEqual([
      { asOf: day("2025-06-30"), value: 84 },
      { asOf: day("2025-12-31"), value: 85.6 },
    ]);
    expect(trends.has(items.find((i) => i.name === "课后服务覆盖率")!.id)).toBe(false);
  });
});

describe("tenant scoping", () => {
  it("another tenant's tasks, slots and actuals are never counted", async () => {
    // huiji has a delayed task and an overdue slot (fixture), and dozens of tasks; none show here.
    const h = await withTenant(staff, (tx) => getHeadline(tx, all(), DATES));
    expect(h.now.counts.total).toBe(6);
    expect(h.now.counts.delayed).toBe(2);
    expect(h.now.overdueSlots).toBe(5);
    const huiji = await tenantSessionOf("huiji.staff");
    const theirs = await withTenant(huiji, (tx) => getHeadline(tx, { tenantId: huiji.tenant.tenantId, mineUserId: null }, DATES));
    expect(theirs.now.counts.total).toBe(await ownerDb().task.count({ where: { tenantId: huiji.tenant.tenantId } }));
    expect(theirs.now.counts.delayed).toBe(1);
    expect(theirs.now.overdueSlots).toBe(1);
  });

  it("asking for this tenant from another tenant's transaction finds nothing (RLS backstop)", async () => {
    const huiji = await tenantSessionOf("huiji.staff");
    const foreign = await withTenant(huiji, async (tx) => ({
      headline: await getHeadline(tx, all(), DATES),
      sections: await getBreakdownBySection(tx, all()),
      units: await getBreakdownByLeadUnit(tx, all()),
      leaders: await getBreakdownByLeader(tx, all()),
      indicators: await getIndicatorProgress(tx, all()),
      list: await listTasks(tx, { tenantId: F.tenantId, userId: huiji.userId }, parseTaskListFilter({}), TODAY),
    }));
    expect(foreign.headline.now.counts.total).toBe(0);
    expect(foreign.headline.now.overdueSlots).toBe(0);
    expect([foreign.sections, foreign.units, foreign.leaders, foreign.indicators, foreign.list.items]).toEqual([[], [], [], [], []]);
  });

  it("我负责的 never reaches a task whose leader is linked elsewhere", async () => {
    // The demo jinfeng leader's user id, used as mineUserId in this tenant, matches no person here.
    const jinfengLeader = await ownerDb().user.findUniqueOrThrow({ where: { username: "jinfeng.leader" } });
    const h = await withTenant(staff, (tx) => getHeadline(tx, { tenantId: F.tenantId, mineUserId: jinfengLeader.id }, DATES));
    expect(h.now.counts.total).toBe(0);
  });
});

describe("the home page's reads, started together (startHomeReads, decision 0050)", () => {
  const start = (session: TenantSession, choice: HomeScopeChoice, view: IndicatorListView = { page: 1 }, withFocus = true) =>
    startHomeReads(session, { choice, view, withFocus, dates: DATES });

  it("gives a leader's 我负责的 what each section's own read gives", async () => {
    const reads = await start(leader, "mine-if-linked");
    expect(reads.mine).toBe(true);
    expect(reads.scope).toEqual(mine());
    expect(await reads.linked).toEqual([{ id: F.people.l1, name: "王领导" }]);
    const today = DATES.today;
    const progress = await withTenant(leader, (tx) => getIndicatorProgress(tx, mine()));
    const alone = await withTenant(leader, async (tx) => ({
      progress,
      trends: await getIndicatorTrends(
        tx,
        F.tenantId,
        progress.map((i) => i.id),
      ),
      lights: await countTaskLights(tx, F.tenantId, today, mineCondition(mine())),
      tasks: await listLitTasks(tx, mine(), today),
      overdue: await listOverdueUnits(tx, mine(), today),
      headline: await getHeadline(tx, mine(), DATES),
      breakdowns: {
        sections: await getBreakdownBySection(tx, mine()),
        units: await getBreakdownByLeadUnit(tx, mine()),
        leaders: await getBreakdownByLeader(tx, mine()),
      },
    }));
    const s = reads.sections!;
    expect(await s.lights).toEqual(alone.lights);
    expect(await s.focus).toEqual({ tasks: alone.tasks, units: alone.overdue });
    expect(await s.headline).toEqual(alone.headline);
    expect((await s.headline).now.counts.total).toBe(3); // T1 T2 T6
    expect(await s.breakdowns).toEqual(alone.breakdowns);
    expect(await s.progress).toEqual(alone.progress);
    expect((await s.progress).map((i) => i.name).sort()).toEqual(["体质健康优良率", "新建幼儿园"].sort());
    const { shown, trends } = await s.indicatorPage;
    expect(shown.items.map((i) => i.id)).toEqual(alone.progress.map((i) => i.id));
    expect(trends).toEqual(alone.trends); // both have an approved figure
    expect(trends.size).toBe(2);
  });

  it("reads the trends of the shown indicator page only, and none without a figure", async () => {
    const behind = await start(staff, "all", { judgement: "behind", page: 1 }, false);
    const page = await behind.sections!.indicatorPage;
    expect(page.shown.items.map((i) => i.name)).toEqual(["儿童青少年近视率"]);
    expect([...page.trends]).toEqual([[page.shown.items[0]!.id, [{ asOf: day("2025-12-31"), value: 56 }]]]);
    const noData = await (await start(staff, "all", { judgement: "no-data", page: 1 }, false)).sections!.indicatorPage;
    expect(noData.shown.items.map((i) => i.name)).toEqual(["课后服务覆盖率"]);
    expect(noData.trends.size).toBe(0);
  });

  it("reads the whole bureau when asked, and the leader's focus only when asked", async () => {
    const reads = await start(leader, "all", { page: 1 }, false);
    expect([reads.mine, reads.scope]).toEqual([false, all()]);
    expect(reads.sections!.focus).toBeNull();
    expect((await reads.sections!.headline).now.counts.total).toBe(6);
    expect(await reads.sections!.progress).toHaveLength(5);
    expect(await reads.linked).toEqual([{ id: F.people.l1, name: "王领导" }]);
  });

  it("reads nothing for 我负责的 when nobody is linked; without ?mine it is the whole bureau", async () => {
    const asked = await start(staff, "mine");
    expect(asked.sections).toBeNull();
    expect(await asked.linked).toEqual([]);
    const byDefault = await start(staff, "mine-if-linked");
    expect(byDefault.mine).toBe(false);
    expect((await byDefault.sections!.headline).now.counts.total).toBe(6);
  });

  it("a failed transaction fails every section that waits on it, and leaves none waiting", async () => {
    const broken: TenantSession = { ...staff, tenant: { ...staff.tenant, tenantId: "not-a-uuid" } };
    const invalid = /uuid/i;
    await expect(start(broken, "mine")).rejects.toThrow(invalid);
    const reads = await start(broken, "all");
    const s = reads.sections!;
    for (const read of [reads.linked, s.progress, s.indicatorPage, s.lights, s.focus!, s.headline, s.breakdowns]) await expect(read).rejects.toThrow(invalid);
  });
});
