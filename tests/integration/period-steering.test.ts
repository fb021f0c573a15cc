// Periods staff can steer: which period opens and its deadline, the warning
// about tasks nobody reports on, the period page's slot list, and 催办 that
// names the units nobody can receive it in (一键催办 and the task's 催办 alike).
import { beforeAll, describe, expect, it } from "vitest";
import { openReportingPeriodAction, submitReportAction, urgeLateSlotsAction } from "@/lib/reports/actions";
import { urgeTaskAction } from "@/lib/tasks/actions";
import { readTenant, withTenant } from "@/lib/db/tenant-scope";
import { urgeTask } from "@/lib/tasks/urge-task";
import { todayInChina } from "@/lib/reports/periods";
import { listPeriodSlots, parsePeriodSlotQuery } from "@/lib/reports/queries/period-slots";
import { ownerDb, signInAs, tenantIdOf } from "@/tests/support/db";
import { tenantSessionOf } from "@/tests/support/reporting";
import { randomUUID } from "node:crypto";
import ExcelJS from "exceljs";
import { GET as slotsXlsx } from "@/app/api/v1/periods/[id]/slots.xlsx/route";

const db = () => ownerDb();
let tenantId: string;
let plan: { id: string; title: string; startYear: number; endYear: number };

beforeAll(async () => {
  tenantId = await tenantIdOf("jinfeng");
  plan = (await db().plan.findMany({ where: { tenantId } })).find((p) => /教育工作要点/.test(p.title))!;
});

const open = async (input: Record<string, string>) => {
  await signInAs("jinfeng.staff");
  return openReportingPeriodAction(null, { planId: plan.id, ...input });
};

/** Tasks of a plan naming neither a lead nor a responsible unit, counted apart from the code under test. */
async function tasksWithoutUnit(planId: string) {
  const tasks = await db().task.findMany({ where: { tenantId, planId }, include: { units: true } });
  return tasks.filter((t) => !t.units.some((u) => u.role === "lead" || u.role === "responsible"));
}

describe("choosing the period and its deadline", () => {
  it("opens the chosen period with the chosen deadline, on the period and on every slot", async () => {
    const startsOn = `${plan.startYear}-01-01`;
    const result = await open({ startsOn, dueOn: `${plan.startYear}-05-20` });
    expect(result).toMatchObject({ ok: true });
    if (!result.ok) return;
    expect(result.message).toContain(`截止 ${plan.startYear}-05-20`);
    const period = await db().reportingPeriod.findUniqueOrThrow({ where: { id: result.data.periodId } });
    expect(period.startsOn.toISOString().slice(0, 10)).toBe(startsOn);
    expect(period.dueOn.toISOString().slice(0, 10)).toBe(`${plan.startYear}-05-20`);
    const slots = await db().reportSlot.findMany({ where: { periodId: period.id } });
    expect(slots.length).toBe(result.data.slotsCreated);
    expect(slots.length).toBeGreaterThan(0);
    expect(new Set(slots.map((s) => s.dueOn.toISOString().slice(0, 10)))).toEqual(new Set([`${plan.startYear}-05-20`]));
  });

  it("without a deadline the period's own applies (its end plus the days to report)", async () => {
    const frequency = (await db().plan.findUniqueOrThrow({ where: { id: plan.id } })).reportingFrequency;
    const startsOn = frequency === "yearly" ? `${plan.endYear}-01-01` : `${plan.endYear}-07-01`;
    const result = await open({ startsOn, dueOn: "" });
    expect(result).toMatchObject({ ok: true });
    if (!result.ok) return;
    const period = await db().reportingPeriod.findUniqueOrThrow({ where: { id: result.data.periodId } });
    const due = new Date(period.endsOn);
    due.setUTCDate(due.getUTCDate() + 5);
    expect(period.dueOn).toEqual(due);
  });

  it("a deadline before the period starts, or a period outside the plan's list, is refused and opens nothing", async () => {
    const before = await db().reportingPeriod.count({ where: { tenantId } });
    expect(await open({ startsOn: `${plan.startYear}-04-01`, dueOn: `${plan.startYear}-03-31` })).toMatchObject({
      ok: false,
      fieldErrors: { dueOn: [`截止日期不能早于填报期开始日期（${plan.startYear}-04-01）`] },
    });
    expect(await open({ startsOn: `${plan.startYear}-02-01` })).toMatchObject({ ok: false, fieldErrors: { startsOn: ["请选择规划期内的填报期"] } });
    expect(await open({ startsOn: `${plan.endYear + 1}-01-01` })).toMatchObject({ ok: false, fieldErrors: { startsOn: ["请选择规划期内的填报期"] } });
    expect(await open({ startsOn: "not-a-date" })).toMatchObject({ ok: false, fieldErrors: { startsOn: ["请选择填报期"] } });
    expect(await db().reportingPeriod.count({ where: { tenantId } })).toBe(before);
  });
});

describe("tasks with no unit to report", () => {
  it("opening says how many tasks got no slot, and lists exactly those under the link", async () => {
    const party = (await db().plan.findMany({ where: { tenantId } })).find((p) => /党/.test(p.title))!;
    const bare = await tasksWithoutUnit(party.id);
    expect(bare.length).toBeGreaterThan(0);
    await signInAs("jinfeng.staff");
    const result = await openReportingPeriodAction(null, { planId: party.id });
    expect(result).toMatchObject({ ok: true, data: { tasksWithoutUnit: bare.length } });
    if (!result.ok) return;
    expect(result.message).toContain(`${bare.length} 项任务没有责任单位，未生成填报任务`);
    const slotted = await db().reportSlot.findMany({ where: { periodId: result.data.periodId }, select: { taskId: true } });
    expect(slotted.some((s) => bare.some((t) => t.id === s.taskId))).toBe(false);
  });

  it("a plan whose every task names a unit opens without the warning", async () => {
    const spare = await db().plan.create({ data: { tenantId, title: "全部有单位的规划", startYear: 2024, endYear: 2024 } });
    const section = await db().section.create({ data: { tenantId, planId: spare.id, position: 1, title: "一、部分" } });
    const task = await db().task.create({ data: { tenantId, planId: spare.id, sectionId: section.id, number: 1, position: 1, title: "有单位的任务" } });
    const unit = await db().orgUnit.findFirstOrThrow({ where: { tenantId, kind: { not: "group" } } });
    await db().taskUnit.create({ data: { tenantId, taskId: task.id, orgUnitId: unit.id, role: "lead" } });
    await signInAs("jinfeng.staff");
    const result = await openReportingPeriodAction(null, { planId: spare.id });
    expect(result).toMatchObject({ ok: true, data: { tasksWithoutUnit: 0, slotsCreated: 1 } });
    if (result.ok) expect(result.message).not.toContain("没有责任单位");
  });
});

describe("the period page's slot list", () => {
  it("sorts by unit, task, state and due date, filters by state (逾期 included), and pages", async () => {
    await signInAs("jinfeng.staff");
    const opened = await open({ startsOn: `${plan.startYear}-10-01` });
    if (!opened.ok) throw new Error(opened.message);
    const periodId = opened.data.periodId;
    const staff = await tenantSessionOf("jinfeng.staff");
    const today = todayInChina();
    const list = (params: Record<string, string>, pageSize?: number) =>
      readTenant(staff, (tx) => listPeriodSlots(tx, tenantId, periodId, parsePeriodSlotQuery(params), today, pageSize));

    // One report submitted, so the states differ.
    const reporter = await db().membership.findFirstOrThrow({ where: { user: { username: "jinfeng.reporter" } } });
    const own = await db().reportSlot.findFirstOrThrow({ where: { periodId, orgUnitId: reporter.orgUnitId! } });
    await signInAs("jinfeng.reporter");
    expect(await submitReportAction({ slotId: own.id, summary: "已完成", progress: 80, version: 0, submitKey: randomUUID() })).toMatchObject({ ok: true });

    const all = await list({}, 10_000);
    expect(all.total).toBeGreaterThan(20);
    const units = (rows: typeof all.items) => rows.map((r) => r.orgUnit.name);
    const byUnitDesc = await list({ sort: "unit", dir: "desc" }, 10_000);
    expect(units(byUnitDesc.items)).toEqual([...units(all.items)].reverse());
    const byTask = await list({ sort: "task" }, 10_000);
    const numbers = byTask.items.map((r) => r.task.number);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    const byState = await list({ sort: "state", dir: "desc" }, 10_000);
    expect(byState.items[0]!.id).toBe(own.id);
    const byDue = await list({ sort: "due" }, 10_000);
    expect(byDue.items.map((r) => r.dueOn.getTime())).toEqual([...byDue.items.map((r) => r.dueOn.getTime())].sort((a, b) => a - b));

    const submitted = await list({ state: "submitted" });
    expect(submitted.items.map((r) => r.id)).toEqual([own.id]);
    expect(submitted.items[0]!.report?.submittedAt).toBeTruthy();
    const overdue = await list({ state: "overdue" }, 10_000);
    expect(overdue.total).toBe(all.total - 1);
    expect(overdue.overdue).toBe(all.total - 1);

    const page2 = await list({ page: "2" });
    expect(page2.items.map((r) => r.id)).toEqual(all.items.slice(20, 40).map((r) => r.id));
    expect(page2.pageCount).toBe(Math.ceil(all.total / 20));

    // The .xlsx is the same list, every row, with the same filter and sort.
    await signInAs("jinfeng.staff");
    const response = await slotsXlsx(new Request(`http://localhost/api/v1/periods/${periodId}/slots.xlsx?state=overdue&sort=unit&dir=desc`), {
      params: Promise.resolve({ id: periodId }),
    });
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await response.arrayBuffer()) as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).values).toEqual([undefined, "单位", "任务序号", "任务", "状态", "截止日期", "提交时间", "最近催办"]);
    expect(sheet.rowCount - 1).toBe(overdue.total);
    expect(sheet.getRow(2).getCell(4).value).toBe("逾期");
    const overdueDesc = await list({ state: "overdue", sort: "unit", dir: "desc" }, 10_000);
    expect(sheet.getRow(2).getCell(3).value).toBe(overdueDesc.items[0]!.task.title);
  });
});

describe("一键催办 and 催办", () => {
  it("urges every late unit of the period once, names the units with no reporter, records 催办 per task; once a day", async () => {
    await signInAs("jinfeng.staff");
    const opened = await open({ startsOn: `${plan.startYear}-07-01` });
    if (!opened.ok) throw new Error(opened.message);
    const periodId = opened.data.periodId;
    // One slot already approved-bound (submitted): not late, not urged.
    const reporter = await db().membership.findFirstOrThrow({ where: { user: { username: "jinfeng.reporter" } }, include: { user: true } });
    const mine = await db().reportSlot.findMany({ where: { periodId, orgUnitId: reporter.orgUnitId! }, orderBy: { id: "asc" } });
    expect(mine.length).toBeGreaterThanOrEqual(2);
    await signInAs("jinfeng.reporter");
    expect(await submitReportAction({ slotId: mine[0]!.id, summary: "已完成", progress: 80, version: 0, submitKey: randomUUID() })).toMatchObject({ ok: true });

    const late = await db().reportSlot.findMany({ where: { periodId, status: { in: ["open", "draft", "returned"] } }, include: { orgUnit: true } });
    const lateUnits = new Map(late.map((s) => [s.orgUnitId, s.orgUnit.name]));
    const withReporters = new Set(
      (await db().membership.findMany({ where: { tenantId, role: "unit_reporter", user: { isActive: true }, orgUnitId: { in: [...lateUnits.keys()] } } })).map(
        (m) => m.orgUnitId,
      ),
    );
    const unreachable = [...lateUnits].filter(([id]) => !withReporters.has(id)).map(([, name]) => name);
    expect(unreachable.length).toBeGreaterThan(0);
    expect(withReporters.has(reporter.orgUnitId)).toBe(true);

    const leader = await signInAs("jinfeng.leader");
    const result = await urgeLateSlotsAction(null, { periodId, message: "请今天内报送" });
    expect(result).toMatchObject({ ok: true });
    if (!result.ok) return;
    expect(result.data.unitsReached).toBe(withReporters.size);
    expect(result.data.tasks).toBe(new Set(late.map((s) => s.taskId)).size);
    expect([...result.data.unreachable].sort()).toEqual([...unreachable].sort());
    expect(result.message).toContain(`以下 ${unreachable.length} 个单位没有填报员，也未设置群机器人，无人收到：`);
    expect(result.message).toContain(unreachable[0]);
    // People, not messages: a reporter with several late slots is one of the N.
    const people = new Set(
      (
        await db().membership.findMany({
          where: { tenantId, role: "unit_reporter", user: { isActive: true }, orgUnitId: { in: [...withReporters].filter((u): u is string => u !== null) } },
        })
      ).map((m) => m.userId),
    ).size;
    expect(late.filter((s) => withReporters.has(s.orgUnitId)).length).toBeGreaterThan(people);
    expect(result.data.people).toBe(people);
    expect(result.message).toContain(`的 ${people} 名填报员发送催办`);

    const urgedNow = await db().reportSlot.findMany({ where: { periodId, lastUrgedAt: { not: null } } });
    expect(urgedNow.map((s) => s.id).sort()).toEqual(late.map((s) => s.id).sort());
    const inbox = await db().inboxMessage.findMany({ where: { userId: reporter.userId, kind: "urge" } });
    expect(inbox.filter((m) => m.body?.includes("请今天内报送"))).toHaveLength(late.filter((s) => s.orgUnitId === reporter.orgUnitId).length);
    const events = await db().supervisionEvent.findMany({ where: { tenantId, kind: "urged", actorUserId: leader.userId } });
    expect(events.map((e) => e.taskId).sort()).toEqual([...new Set(late.map((s) => s.taskId))].sort());

    // Same day again: nothing left to urge.
    expect(await urgeLateSlotsAction(null, { periodId })).toMatchObject({ ok: false, message: "本期没有逾期未报的单位，或今天已经催办过" });
    // A day later it may be urged again.
    await db().reportSlot.updateMany({ where: { periodId }, data: { lastUrgedAt: new Date(Date.now() - 25 * 3600_000) } });
    expect(await urgeLateSlotsAction(null, { periodId })).toMatchObject({ ok: true });
  });

  it("the task's 催办 names the units that have nobody to receive it", async () => {
    await signInAs("jinfeng.staff");
    const opened = await open({ startsOn: `${plan.startYear}-04-01` });
    if (!opened.ok) throw new Error(opened.message);
    const reporter = await db().membership.findFirstOrThrow({ where: { user: { username: "jinfeng.reporter" } } });
    const slot = await db().reportSlot.findFirstOrThrow({ where: { periodId: opened.data.periodId, orgUnitId: reporter.orgUnitId! } });
    // A unit without a reporter shares the task.
    const lonely = await db().orgUnit.create({ data: { tenantId, name: "无人值守学校", kind: "school" } });
    await db().reportSlot.create({
      data: { tenantId, periodId: opened.data.periodId, taskId: slot.taskId, orgUnitId: lonely.id, unitRole: "responsible", dueOn: slot.dueOn },
    });
    await db().reportSlot.updateMany({ where: { taskId: slot.taskId }, data: { lastUrgedAt: null } });
    const others = await db().reportSlot.findMany({
      where: { taskId: slot.taskId, status: { in: ["open", "draft", "returned"] } },
      select: { orgUnitId: true },
    });
    const reached = new Set(
      (await db().membership.findMany({ where: { tenantId, role: "unit_reporter", orgUnitId: { in: others.map((o) => o.orgUnitId) } } })).map(
        (m) => m.orgUnitId,
      ),
    );
    await signInAs("jinfeng.leader");
    const result = await urgeTaskAction(null, { taskId: slot.taskId, message: "" });
    expect(result).toMatchObject({ ok: true });
    if (!result.ok) return;
    expect(result.message).toMatch(
      new RegExp(`^已向 ${reached.size} 个单位的 \\d+ 名填报员发送催办；以下 \\d+ 个单位没有填报员，也未设置群机器人，无人收到：.*无人值守学校`),
    );

    // The same unit with a group robot: its message went there, and the staff member is told so.
    await db().robotWebhook.create({
      data: { tenantId, orgUnitId: lonely.id, kind: "wecom", url: "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=test" },
    });
    await db().reportSlot.updateMany({ where: { taskId: slot.taskId }, data: { lastUrgedAt: null } });
    const again = await urgeTaskAction(null, { taskId: slot.taskId, message: "" });
    expect(again).toMatchObject({ ok: true });
    if (!again.ok) return;
    expect(again.data.robotOnly).toEqual(["无人值守学校"]);
    expect(again.data.unreachable).not.toContain("无人值守学校");
    expect(again.message).toContain("没有填报员，已发送到群机器人：无人值守学校");
    expect(await db().outboxMessage.count({ where: { tenantId, channel: "wecom", messageKey: { contains: `:unit:${lonely.id}` } } })).toBe(1);
  });
  it("two 催办 of one task at once: the slots are urged once, nobody hears it twice, the second is told nothing was left", async () => {
    const reporter = await db().membership.findFirstOrThrow({ where: { user: { username: "jinfeng.reporter" } } });
    const slot = await db().reportSlot.findFirstOrThrow({
      where: { tenantId, orgUnitId: reporter.orgUnitId!, status: { in: ["open", "draft", "returned"] } },
      orderBy: { id: "asc" },
    });
    await db().reportSlot.updateMany({ where: { taskId: slot.taskId }, data: { lastUrgedAt: null } });
    const mine = await db().reportSlot.count({ where: { taskId: slot.taskId, orgUnitId: reporter.orgUnitId!, status: { in: ["open", "draft", "returned"] } } });
    const urgedBefore = await db().inboxMessage.count({ where: { userId: reporter.userId, kind: "urge" } });
    const leader = await tenantSessionOf("jinfeng.leader");
    await signInAs("jinfeng.leader");
    let release!: () => void;
    let started!: () => void;
    const ready = new Promise<void>((resolve) => (started = resolve));
    const gate = new Promise<void>((resolve) => (release = resolve));
    // The first holds its transaction open; the second reads the same slots meanwhile and then waits on their locks.
    const first = withTenant(leader, async (tx) => {
      const result = await urgeTask(tx, leader, { taskId: slot.taskId, message: "" });
      started();
      await gate;
      return result;
    });
    await ready;
    const second = urgeTaskAction(null, { taskId: slot.taskId, message: "" });
    await new Promise((resolve) => setTimeout(resolve, 400));
    release();
    expect((await first).unitsReached).toBeGreaterThan(0);
    expect(await second).toMatchObject({ ok: false, message: "该任务没有待填报的单位，或今天已经催办过" });
    expect(await db().inboxMessage.count({ where: { userId: reporter.userId, kind: "urge" } })).toBe(urgedBefore + mine);
  });
});
