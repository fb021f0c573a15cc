// The task page's 操作记录 comes a page of 20 at a time, newest first, across
// status changes, 督办 steps and report events, and a reporter's pages count
// only what they may read. Built on a fresh task of 金凤区 with 51 entries.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { readTenant } from "@/lib/db/tenant-scope";
import { getTaskHistory } from "@/lib/reports/queries/task-history";
import { ownerDb, tenantIdOf } from "@/tests/support/db";
import { tenantSessionOf } from "@/tests/support/reporting";

const T0 = Date.UTC(2026, 2, 1, 1, 0, 0);
const minute = (n: number) => new Date(T0 + n * 60_000);
let taskId = "";

/** 30 status changes at even minutes, 15 督办 steps at odd ones, and another unit's report with 6 events (one an approval). */
beforeAll(async () => {
  const db = ownerDb();
  const tenantId = await tenantIdOf("jinfeng");
  const reporter = await tenantSessionOf("jinfeng.reporter");
  const plan = await db.plan.create({ data: { tenantId, title: `记录分页测试${randomUUID().slice(0, 6)}`, startYear: 2026, endYear: 2026 } });
  const section = await db.section.create({ data: { tenantId, planId: plan.id, title: "一、总则", position: 1 } });
  const task = await db.task.create({ data: { tenantId, planId: plan.id, sectionId: section.id, number: 1, position: 1, title: "记录很多的任务" } });
  taskId = task.id;
  for (let i = 0; i < 30; i++) {
    await db.taskStatusEvent.create({ data: { tenantId, taskId, toStatus: "in_progress", toProgress: i, note: `第${i}次`, createdAt: minute(2 * i) } });
  }
  for (let i = 0; i < 15; i++) await db.supervisionEvent.create({ data: { tenantId, taskId, kind: "assigned", createdAt: minute(2 * i + 1) } });
  const otherUnit = await db.orgUnit.findFirstOrThrow({ where: { tenantId, id: { not: reporter.tenant.orgUnitId! } } });
  const period = await db.reportingPeriod.create({
    data: { tenantId, planId: plan.id, label: "2026年第1季度", startsOn: minute(0), endsOn: minute(0), dueOn: minute(0) },
  });
  const slot = await db.reportSlot.create({
    data: { tenantId, periodId: period.id, taskId, orgUnitId: otherUnit.id, unitRole: "lead", dueOn: minute(0), status: "approved" },
  });
  const report = await db.report.create({ data: { tenantId, slotId: slot.id, status: "approved" } });
  const actions = ["create", "submit", "return", "update", "submit", "approve"];
  for (const [i, action] of actions.entries()) {
    await db.reportEvent.create({ data: { tenantId, reportId: report.id, action, toStatus: "draft", createdAt: minute(100 + i) } });
  }
});

describe("task history pages", () => {
  it("bureau staff page through all 51 entries, 20 at a time, newest first, each once", async () => {
    const staff = await tenantSessionOf("jinfeng.staff");
    const pages = await Promise.all([1, 2, 3].map((page) => readTenant(staff, (tx) => getTaskHistory(tx, staff, taskId, page))));
    expect(pages.map((p) => [p.items.length, p.total, p.pageCount])).toEqual([
      [20, 51, 3],
      [20, 51, 3],
      [11, 51, 3],
    ]);
    // Every entry once, in time order across the three trails (minute → kind, newest first).
    const expected = [
      ...Array.from({ length: 6 }, (_, i) => [100 + i, "report"] as const),
      ...Array.from({ length: 30 }, (_, i) => [2 * i, "status"] as const),
      ...Array.from({ length: 15 }, (_, i) => [2 * i + 1, "supervision"] as const),
    ].sort((a, b) => b[0] - a[0]);
    expect(pages.flatMap((p) => p.items.map((e) => [e.at.getTime(), e.kind]))).toEqual(expected.map(([m, kind]) => [minute(m).getTime(), kind]));
  });

  it("a reporter of another unit counts and pages only the approval of that unit's report", async () => {
    const reporter = await tenantSessionOf("jinfeng.reporter");
    const first = await readTenant(reporter, (tx) => getTaskHistory(tx, reporter, taskId, 1));
    expect([first.total, first.pageCount]).toEqual([46, 3]);
    expect(first.items.filter((e) => e.kind === "report").map((e) => e.kind === "report" && e.event.action)).toEqual(["approve"]);
  });
});
