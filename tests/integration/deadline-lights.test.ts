// The daily 亮灯 job: a task that turns red is told to the reporters of its
// lead and responsible units once per due date; an extended due date that
// passes too is told again, once.
import { beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { notifyDeadlineLights } from "@/lib/jobs/deadline-lights";
import { ownerDb, tenantIdOf } from "@/tests/support/db";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const run = (iso: string) => notifyDeadlineLights(getPrisma(), day(iso));

describe("deadline-lights job", () => {
  let taskId: string;
  let doneTaskId: string;
  let reporters: string[];
  const noticesOf = (id: string) => ownerDb().inboxMessage.findMany({ where: { link: `/tasks/${id}`, kind: "overdue" }, orderBy: { createdAt: "asc" } });

  beforeAll(async () => {
    const tenantId = await tenantIdOf("jinfeng");
    const reporter = await ownerDb().membership.findFirstOrThrow({ where: { tenantId, role: "unit_reporter", user: { username: "jinfeng.reporter" } } });
    const link = await ownerDb().taskUnit.findFirstOrThrow({ where: { tenantId, orgUnitId: reporter.orgUnitId!, role: { in: ["lead", "responsible"] } } });
    taskId = link.taskId;
    const units = await ownerDb().taskUnit.findMany({ where: { tenantId, taskId, role: { in: ["lead", "responsible"] } } });
    const members = await ownerDb().membership.findMany({
      where: { tenantId, role: "unit_reporter", orgUnitId: { in: units.map((u) => u.orgUnitId) }, user: { isActive: true } },
    });
    reporters = members.map((m) => m.userId).sort();
    await ownerDb().task.update({ where: { id: taskId }, data: { dueDate: day("2025-06-30"), ongoing: false, status: "in_progress" } });
    const other = await ownerDb().task.findFirstOrThrow({
      where: { tenantId, id: { not: taskId }, units: { some: { role: { in: ["lead", "responsible"] } } } },
    });
    doneTaskId = other.id;
    await ownerDb().task.update({ where: { id: doneTaskId }, data: { dueDate: day("2025-06-30"), ongoing: false, status: "completed", progress: 100 } });
  });

  it("tells nothing on the due date itself (yellow, not red)", async () => {
    await run("2025-06-30");
    expect(await noticesOf(taskId)).toEqual([]);
  });

  it("tells the lead and responsible units' reporters the day after, once however often it runs", async () => {
    expect(reporters.length).toBeGreaterThan(0);
    expect(await run("2025-07-01")).toBeGreaterThanOrEqual(reporters.length);
    const notices = await noticesOf(taskId);
    expect(notices.map((n) => n.userId).sort()).toEqual(reporters);
    expect(notices[0]).toMatchObject({ title: expect.stringContaining("任务已逾期"), body: expect.stringContaining("完成时限 2025-06-30 已过") });
    expect(await ownerDb().task.findUniqueOrThrow({ where: { id: taskId } })).toMatchObject({ overdueNotifiedFor: day("2025-06-30") });
    expect(await run("2025-07-01")).toBe(0);
    expect(await run("2025-07-05")).toBe(0);
    expect(await noticesOf(taskId)).toHaveLength(reporters.length);
    // Done before its date passed: never red, never told.
    expect(await noticesOf(doneTaskId)).toEqual([]);
  });

  it("an extended due date is told again once it passes too", async () => {
    await ownerDb().task.update({ where: { id: taskId }, data: { dueDate: day("2025-09-30") } });
    expect(await run("2025-07-06")).toBe(0);
    await run("2025-10-01");
    const notices = await noticesOf(taskId);
    expect(notices).toHaveLength(2 * reporters.length);
    expect(notices.at(-1)!.body).toContain("完成时限 2025-09-30 已过");
    expect(await run("2025-10-02")).toBe(0);
  });
});
