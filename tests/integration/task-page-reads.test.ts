// A task's page reads in three transactions at once (lib/tasks/read-task-page.ts,
// decision 0051): each part must be what its own query returns read alone, the
// light and the 督办单 draft judged on the task it read, a role given only what
// it may see, and a task that is missing or another bureau's a NotFoundError.
import { randomUUID } from "node:crypto";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { TenantSession } from "@/lib/auth/session";
import { readTenant } from "@/lib/db/tenant-scope";
import { NotFoundError } from "@/lib/errors";
import { getTask } from "@/lib/plans/queries/get-task";
import { openReportingPeriodAction } from "@/lib/reports/actions";
import { listTaskGroupLines } from "@/lib/reports/queries/task-group-slots";
import { getTaskHistory } from "@/lib/reports/queries/task-history";
import { listTaskEvidence, TASK_PAGE_EVIDENCE } from "@/lib/reports/queries/task-evidence";
import { listTaskSlots, TASK_PAGE_SLOTS } from "@/lib/reports/queries/task-slots";
import { getTaskSupervision } from "@/lib/supervision/queries/task-supervision";
import { withLights } from "@/lib/supervision/with-lights";
import { listSlips } from "@/lib/supervision/slips/list-slips";
import { listMilestones } from "@/lib/tasks/list-milestones";
import { readTaskPage } from "@/lib/tasks/read-task-page";
import { getTaskThread } from "@/lib/thread/get-task-thread";
import { ownerDb, signInAs, tenantIdOf } from "@/tests/support/db";
import { tenantSessionOf } from "@/tests/support/reporting";

// One read (五年规划衔接, transaction 3) can be made to fail on its own.
const threadRead = vi.hoisted(() => ({ failure: null as Error | null }));
vi.mock("@/lib/thread/get-task-thread", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/thread/get-task-thread")>();
  return {
    ...actual,
    getTaskThread: (...args: Parameters<typeof actual.getTaskThread>) =>
      threadRead.failure ? Promise.reject(threadRead.failure) : actual.getTaskThread(...args),
  };
});
afterEach(() => {
  threadRead.failure = null;
});

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const TODAY = day("2026-06-30");

let tenantId: string;
let taskId: string;
let foreignTaskId: string;
let staff: TenantSession;
let reporter: TenantSession;
let reporterUnit: string;

beforeAll(async () => {
  const db = ownerDb();
  tenantId = await tenantIdOf("jinfeng");
  reporterUnit = (await db.membership.findFirstOrThrow({ where: { tenantId, user: { username: "jinfeng.reporter" } } })).orgUnitId!;
  const task = await db.task.findFirstOrThrow({ where: { tenantId }, orderBy: { position: "asc" } });
  taskId = task.id;
  // Due in the past and unfinished on TODAY: a red light, so the draft suggests 红.
  await db.task.update({ where: { id: taskId }, data: { dueDate: day("2026-03-31"), progress: 40, status: "in_progress", ongoing: false, closedAt: null } });
  await db.taskUnit.upsert({
    where: { tenantId_taskId_orgUnitId_role: { tenantId, taskId, orgUnitId: reporterUnit, role: "lead" } },
    create: { tenantId, taskId, orgUnitId: reporterUnit, role: "lead" },
    update: {},
  });
  // Something in every part: a period open for the unit (slots), a status change (history), a milestone.
  await signInAs("jinfeng.staff");
  const opened = await openReportingPeriodAction(null, { planId: task.planId });
  if (!opened.ok) throw new Error(opened.message);
  await db.taskStatusEvent.create({ data: { tenantId, taskId, toStatus: "in_progress", toProgress: 40, note: "推进中" } });
  await db.taskMilestone.create({ data: { tenantId, taskId, position: 1, title: "完成调研", dueDate: day("2026-05-31") } });
  foreignTaskId = (await db.task.findFirstOrThrow({ where: { tenantId: await tenantIdOf("xingqing") } })).id;
  staff = await tenantSessionOf("jinfeng.staff");
  reporter = await tenantSessionOf("jinfeng.reporter");
});

/** Every part of the page as its own query returns it, all in one transaction. */
const readAlone = (session: TenantSession) =>
  readTenant(session, async (tx) => {
    const task = await getTask(tx, tenantId, taskId);
    const [lit] = await withLights(tx, tenantId, [task], TODAY);
    return {
      task,
      light: lit!.light,
      supervision: await getTaskSupervision(tx, session, task, TODAY),
      slots: await listTaskSlots(tx, session, taskId, { page: 1, pageSize: TASK_PAGE_SLOTS }, TODAY),
      groupLines: await listTaskGroupLines(tx, session, taskId, TODAY),
      history: await getTaskHistory(tx, session, taskId, 1),
      milestones: await listMilestones(tx, tenantId, taskId, TODAY),
      evidence: await listTaskEvidence(tx, session, taskId, { page: 1, pageSize: TASK_PAGE_EVIDENCE }),
      thread: await getTaskThread(tx, tenantId, taskId),
      slips: await listSlips(tx, session, { state: "all", taskId, page: 1 }, TODAY),
    };
  });

describe("a task's slots, a page at a time (the task page shows the newest)", () => {
  const UNREPORTED = ["open", "draft", "returned"];
  let all: { id: string; status: string; approved: boolean; orgUnitId: string; startsOn: Date; label: string }[];

  beforeAll(async () => {
    const db = ownerDb();
    const task = await db.task.findUniqueOrThrow({ where: { id: taskId } });
    const others = (await db.orgUnit.findMany({ where: { tenantId, id: { not: reporterUnit } }, orderBy: { name: "asc" }, take: 3 })).map((u) => u.id);
    // Four past months: three lead units (approved, the oldest month's still open) and the
    // reporter's unit as 协办, which sorts after the lead units within a month.
    for (let month = 1; month <= 4; month++) {
      const period = await db.reportingPeriod.create({
        data: {
          tenantId,
          planId: task.planId,
          label: `2025年${month}月`,
          startsOn: day(`2025-0${month}-01`),
          endsOn: day(`2025-0${month}-28`),
          dueOn: day(`2025-0${month + 1}-05`),
        },
      });
      const slot = async (orgUnitId: string, unitRole: "lead" | "cooperate", status: "open" | "approved") => {
        const { id } = await db.reportSlot.create({ data: { tenantId, periodId: period.id, taskId, orgUnitId, unitRole, dueOn: period.dueOn, status } });
        if (status === "approved") await db.report.create({ data: { tenantId, slotId: id, status: "approved", progress: 50 } });
      };
      for (const unit of others) await slot(unit, "lead", month === 1 ? "open" : "approved");
      await slot(reporterUnit, "cooperate", "open");
    }
    const rows = await db.reportSlot.findMany({ where: { tenantId, taskId, groupUnitId: null }, include: { period: true, report: true } });
    all = rows.map((r) => ({
      id: r.id,
      status: r.status,
      approved: r.report?.status === "approved",
      orgUnitId: r.orgUnitId,
      startsOn: r.period.startsOn,
      label: r.period.label,
    }));
  });

  const pages = async (session: TenantSession) => {
    const read = (page: number) => readTenant(session, (tx) => listTaskSlots(tx, session, taskId, { page, pageSize: TASK_PAGE_SLOTS }, TODAY));
    return [await read(1), await read(2), await read(3)] as const;
  };

  it("give staff every slot newest period first, none twice, and count the unreported ones", async () => {
    const [first, second, third] = await pages(staff);
    expect(first.total).toBe(all.length);
    expect(first.unsubmitted).toBe(all.filter((s) => UNREPORTED.includes(s.status)).length);
    expect(first.items).toHaveLength(TASK_PAGE_SLOTS);
    const listed = [...first.items, ...second.items, ...third.items];
    expect(listed.map((s) => s.id).sort()).toEqual(all.map((s) => s.id).sort());
    const byStart = [...all].sort((a, b) => a.startsOn.getTime() - b.startsOn.getTime());
    expect(listed[0]!.periodLabel).toBe(byStart.at(-1)!.label);
    expect(listed.at(-1)!.periodLabel).toBe(byStart[0]!.label);
    const january = listed.filter((s) => s.periodLabel === "2025年1月");
    expect(january.map((s) => [s.status, s.overdue])).toEqual(january.map(() => ["open", true]));
  });

  it("give a unit reporter their own unit's slots first, then other units' approved ones", async () => {
    const own = all.filter((s) => s.orgUnitId === reporterUnit);
    const visible = all.filter((s) => s.orgUnitId === reporterUnit || s.approved);
    expect(own.length).toBeLessThan(TASK_PAGE_SLOTS); // so page 1 holds both kinds
    const [first, second, third] = await pages(reporter);
    expect(first.total).toBe(visible.length);
    expect(first.unsubmitted).toBe(own.filter((s) => UNREPORTED.includes(s.status)).length);
    const listed = [...first.items, ...second.items, ...third.items];
    expect(listed.map((s) => s.id).sort()).toEqual(visible.map((s) => s.id).sort());
    expect(
      first.items
        .slice(0, own.length)
        .map((s) => s.id)
        .sort(),
    ).toEqual(own.map((s) => s.id).sort());
    expect(listed.slice(own.length).map((s) => s.status)).toEqual(Array(visible.length - own.length).fill("approved"));
  });
});

describe("a task's page reads", () => {
  it("give staff every part as its own query does, the light judged on the task, and a draft that starts from it", async () => {
    const { slipDraft, ...page } = await readTaskPage(staff, taskId, { historyPage: 1, today: TODAY });
    expect(page).toEqual(await readAlone(staff));
    expect(page.light.light).toBe("red");
    for (const part of [page.slots.items, page.history.items, page.milestones]) expect(part.length).toBeGreaterThan(0);
    expect(slipDraft).toMatchObject({ taskId, level: "red", suggested: true, minReplyBy: "2026-06-30", replyBy: "2026-07-03" });
    expect(slipDraft!.units.map((u) => u.id).sort()).toEqual([...new Set(page.task.units.map((u) => u.orgUnit.id))].sort());
  });

  it("give a unit reporter their own share and no 督办单 draft", async () => {
    const { slipDraft, ...page } = await readTaskPage(reporter, taskId, { historyPage: 1, today: TODAY });
    expect(slipDraft).toBeNull();
    expect(page).toEqual(await readAlone(reporter));
  });

  it("answer a task of another bureau, or none, as not found", async () => {
    await expect(readTaskPage(staff, foreignTaskId, { historyPage: 1 })).rejects.toBeInstanceOf(NotFoundError);
    await expect(readTaskPage(staff, randomUUID(), { historyPage: 1 })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("fail as a whole when one transaction fails, though the others succeed", async () => {
    threadRead.failure = new Error("五年规划衔接读取失败");
    await expect(readTaskPage(staff, taskId, { historyPage: 1 })).rejects.toThrow("五年规划衔接读取失败");
  });
});
