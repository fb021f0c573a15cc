// The home pages' queries against real PostgreSQL, on a fixture built here so
// every number is counted by hand: a unit reporter's to-do (待填报, 被退回,
// 逾期, the next deadline; zero when nothing is owed; another unit's and
// another bureau's slots never counted) and a leader's red and yellow tasks
// (我负责的 or the whole bureau, red first). "Today" is 2026-05-20 (China);
// the 亮灯 window is the default 7 days.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { TenantSession } from "@/lib/auth/session";
import { listLitTasks } from "@/lib/dashboard/lit-tasks";
import { listOverdueUnits } from "@/lib/dashboard/overdue-units";
import type { DashboardScope } from "@/lib/dashboard/scope";
import { getUnitTodo } from "@/lib/dashboard/unit-todo";
import { readTenant } from "@/lib/db/tenant-scope";
import type { SlotStatus, TaskStatus } from "@/lib/generated/prisma/enums";
import { ownerDb } from "@/tests/support/db";
import { tenantSessionOf } from "@/tests/support/reporting";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const TODAY = day("2026-05-20");
const suffix = randomUUID().slice(0, 6);
const names = { reporter: `home.reporter.${suffix}`, idle: `home.idle.${suffix}`, leader: `home.leader.${suffix}`, other: `home.other.${suffix}` };
const F = {
  tenantId: "",
  leaderUserId: "",
  units: { mine: "", other: "", idle: "" },
  tasks: {} as Record<string, string>,
  slots: {} as Record<string, string>,
};

/** A bureau with a plan of tasks (leader, due date, status) and slots (unit, period due date, status). */
async function buildBureau(code: string, prefix: string) {
  const db = ownerDb();
  const tenant = await db.tenant.create({ data: { code: `${code}${suffix}`, name: `${prefix}测试区教育局`, kind: "bureau" } });
  const tenantId = tenant.id;
  const unit = (name: string) => db.orgUnit.create({ data: { tenantId, name: `${prefix}${name}`, kind: "school" } }).then((u) => u.id);
  const plan = await db.plan.create({ data: { tenantId, title: `${prefix}首页测试规划`, startYear: 2026, endYear: 2026 } });
  const section = await db.section.create({ data: { tenantId, planId: plan.id, title: "一、任务", position: 1 } });
  let position = 0;
  const task = async (title: string, dueOn: string | null, status: TaskStatus, progress: number, leaders: string[]) => {
    position++;
    const t = await db.task.create({
      data: { tenantId, planId: plan.id, sectionId: section.id, number: position, position, title, status, progress, dueDate: dueOn ? day(dueOn) : null },
    });
    for (const personId of leaders) await db.taskLeader.create({ data: { tenantId, taskId: t.id, personId } });
    return t.id;
  };
  const period = (label: string, startsOn: string, endsOn: string, dueOn: string) =>
    db.reportingPeriod.create({ data: { tenantId, planId: plan.id, label, startsOn: day(startsOn), endsOn: day(endsOn), dueOn: day(dueOn) } });
  const slot = (periodRow: { id: string; dueOn: Date }, taskId: string, orgUnitId: string, status: SlotStatus) =>
    db.reportSlot.create({ data: { tenantId, periodId: periodRow.id, taskId, orgUnitId, unitRole: "lead", dueOn: periodRow.dueOn, status } }).then((s) => s.id);
  return { tenantId, unit, task, period, slot };
}

async function member(username: string, tenantId: string, role: "unit_reporter" | "leader", orgUnitId: string | null) {
  const user = await ownerDb().user.create({ data: { username, displayName: username, passwordHash: "unused" } });
  await ownerDb().membership.create({ data: { tenantId, userId: user.id, role, orgUnitId } });
  return user.id;
}

/**
 * Bureau A. Leaders: 王 (linked to the leader account), 李 (not linked).
 *   T1 red     due 05-01, in progress   王     (past due)
 *   T2 yellow  due 05-25, in progress   王     (due within 7 days)
 *   T3 green   due 12-31, progress 90   王
 *   T4 done    due 04-01, completed     王     (past due but done: no light)
 *   T5 red     due 04-15, in progress   李     (the bureau's, not 王's)
 *   T6 yellow  due 12-31, progress 0    李     (behind the straight line)
 * Slots of the reporter's unit (甲校), by period due date:
 *   Q1 (04-05): T1 open → overdue; T2 returned → returned + overdue; T3 submitted; T4 approved
 *   Q2 (07-05): T1 draft → todo (the next deadline: T1 comes first); T2 returned → returned; T3 open
 * 乙校 (another unit): Q1 T1 open (overdue), Q2 T2 open. 丙校: no slots at all.
 * Bureau B: a red task of a leader and an overdue slot of its own 甲校.
 */
async function buildFixture() {
  const a = await buildBureau("homea", "");
  F.tenantId = a.tenantId;
  F.units = { mine: await a.unit("甲校"), other: await a.unit("乙校"), idle: await a.unit("丙校") };
  F.leaderUserId = await member(names.leader, a.tenantId, "leader", null);
  await member(names.reporter, a.tenantId, "unit_reporter", F.units.mine);
  await member(names.idle, a.tenantId, "unit_reporter", F.units.idle);
  const wang = (await ownerDb().person.create({ data: { tenantId: a.tenantId, name: "王领导", userId: F.leaderUserId } })).id;
  const li = (await ownerDb().person.create({ data: { tenantId: a.tenantId, name: "李领导" } })).id;
  F.tasks.t1 = await a.task("红灯任务一", "2026-05-01", "in_progress", 50, [wang]);
  F.tasks.t2 = await a.task("黄灯任务一", "2026-05-25", "in_progress", 50, [wang]);
  F.tasks.t3 = await a.task("绿灯任务", "2026-12-31", "in_progress", 90, [wang]);
  F.tasks.t4 = await a.task("已完成任务", "2026-04-01", "completed", 100, [wang]);
  F.tasks.t5 = await a.task("红灯任务二", "2026-04-15", "in_progress", 10, [li]);
  F.tasks.t6 = await a.task("黄灯任务二", "2026-12-31", "in_progress", 0, [li]);
  const q1 = await a.period("2026年第1季度", "2026-01-01", "2026-03-31", "2026-04-05");
  const q2 = await a.period("2026年第2季度", "2026-04-01", "2026-06-30", "2026-07-05");
  await a.slot(q1, F.tasks.t1, F.units.mine, "open");
  await a.slot(q1, F.tasks.t2, F.units.mine, "returned");
  await a.slot(q1, F.tasks.t3, F.units.mine, "submitted");
  await a.slot(q1, F.tasks.t4, F.units.mine, "approved");
  F.slots.next = await a.slot(q2, F.tasks.t1, F.units.mine, "draft");
  await a.slot(q2, F.tasks.t2, F.units.mine, "returned");
  await a.slot(q2, F.tasks.t3, F.units.mine, "open");
  await a.slot(q1, F.tasks.t1, F.units.other, "open");
  await a.slot(q2, F.tasks.t2, F.units.other, "open");

  const b = await buildBureau("homeb", "外区");
  const bUnit = await b.unit("甲校");
  const bLeader = await member(names.other, b.tenantId, "leader", null);
  const bPerson = (await ownerDb().person.create({ data: { tenantId: b.tenantId, name: "王领导", userId: bLeader } })).id;
  const bTask = await b.task("外区红灯任务", "2026-05-01", "in_progress", 0, [bPerson]);
  await b.slot(await b.period("2026年第1季度", "2026-01-01", "2026-03-31", "2026-04-05"), bTask, bUnit, "open");
}

let reporter: TenantSession;
let idle: TenantSession;
let leader: TenantSession;

beforeAll(async () => {
  await buildFixture();
  reporter = await tenantSessionOf(names.reporter);
  idle = await tenantSessionOf(names.idle);
  leader = await tenantSessionOf(names.leader);
});

describe("a unit reporter's to-do", () => {
  it("counts the unit's open, returned and overdue slots and names the next deadline", async () => {
    const todo = await readTenant(reporter, (tx) => getUnitTodo(tx, reporter, TODAY));
    expect(todo).toEqual({
      unitName: "甲校",
      // Unsubmitted: Q1 T1 open, Q1 T2 returned, Q2 T1 draft, Q2 T2 returned, Q2 T3 open.
      todo: 5,
      returned: 2,
      // Unsubmitted and due before 05-20: Q1 T1 and Q1 T2 (a returned one is still owed).
      overdue: 2,
      next: { slotId: F.slots.next, dueOn: day("2026-07-05"), taskTitle: "红灯任务一", periodLabel: "2026年第2季度" },
    });
  });

  it("is all zeros with no next deadline for a unit that owes nothing", async () => {
    const todo = await readTenant(idle, (tx) => getUnitTodo(tx, idle, TODAY));
    expect(todo).toEqual({ unitName: "丙校", todo: 0, returned: 0, overdue: 0, next: null });
  });

  it("has nothing to count for a role that sees every unit", async () => {
    expect(await readTenant(leader, (tx) => getUnitTodo(tx, leader, TODAY))).toBeNull();
  });
});

describe("a leader's red and yellow tasks", () => {
  const titles = async (scope: DashboardScope) => (await readTenant(leader, (tx) => listLitTasks(tx, scope, TODAY))).map((t) => [t.title, t.light.light]);

  it("lists only the tasks naming the linked person, red first, when 我负责的", async () => {
    expect(await titles({ tenantId: F.tenantId, mineUserId: F.leaderUserId })).toEqual([
      ["红灯任务一", "red"],
      ["黄灯任务一", "yellow"],
    ]);
  });

  it("lists the whole bureau's red and yellow tasks, never another bureau's, red by nearest deadline first", async () => {
    expect(await titles({ tenantId: F.tenantId, mineUserId: null })).toEqual([
      ["红灯任务二", "red"],
      ["红灯任务一", "red"],
      ["黄灯任务一", "yellow"],
      ["黄灯任务二", "yellow"],
    ]);
  });

  it("names the units overdue on reporting, worst first", async () => {
    const units = await readTenant(leader, (tx) => listOverdueUnits(tx, { tenantId: F.tenantId, mineUserId: null }, TODAY));
    expect(units.map((u) => [u.name, u.overdue])).toEqual([
      ["甲校", 2],
      ["乙校", 1],
    ]);
  });
});
