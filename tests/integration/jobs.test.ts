import { describe, expect, it } from "vitest";
import PgBoss from "pg-boss";
import { getPrisma } from "@/lib/db/client";
import { markOverdueSlots } from "@/lib/jobs/mark-overdue";
import { openCurrentPeriods } from "@/lib/jobs/open-current-periods";
import { JOB_SCHEMA, QUEUES } from "@/lib/jobs/queue";
import { sendDailyDigests } from "@/lib/jobs/send-digests";
import { urgeTaskAction } from "@/lib/tasks/actions";
import { ownerDb, signInAs, tenantIdOf } from "@/tests/support/db";
import { openPeriodFor, reporterSlots } from "@/tests/support/reporting";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("jobs", () => {
  it("open the current period of every running plan, once", async () => {
    const first = await openCurrentPeriods(getPrisma(), day("2024-05-10"));
    // Only the xingqing (2021–2025) and helan (2023–2027) plans run in 2024; xingqing names no units.
    const helanSlots = await ownerDb().reportSlot.count({ where: { period: { label: "2024年第2季度" } } });
    expect(first).toBe(helanSlots);
    expect(helanSlots).toBeGreaterThan(0);
    expect(await openCurrentPeriods(getPrisma(), day("2024-05-10"))).toBe(0);
  });

  it("mark overdue slots once, and only unsubmitted ones past their due date", async () => {
    const { periodId } = await openPeriodFor("jinfeng", /教育工作要点/);
    const period = await ownerDb().reportingPeriod.findUniqueOrThrow({ where: { id: periodId } });
    const slots = await ownerDb().reportSlot.findMany({ where: { periodId } });
    await ownerDb().reportSlot.update({ where: { id: slots[0]!.id }, data: { status: "submitted" } });
    const dayAfterDue = new Date(period.dueOn.getTime() + 86_400_000);
    expect(await markOverdueSlots(getPrisma(), period.dueOn)).toBe(0); // due today is not late
    const marked = await markOverdueSlots(getPrisma(), dayAfterDue);
    expect(marked).toBe(slots.length - 1);
    expect(await ownerDb().reportSlot.count({ where: { id: slots[0]!.id, overdueMarkedAt: { not: null } } })).toBe(0);
    expect(await markOverdueSlots(getPrisma(), dayAfterDue)).toBe(0);
  });

  it("send at most one digest per person per day, however often they run", async () => {
    const { periodId } = await openPeriodFor("helan", /质量提升/);
    const period = await ownerDb().reportingPeriod.findUniqueOrThrow({ where: { id: periodId } });
    const today = new Date(period.dueOn.getTime() + 2 * 86_400_000);
    const sent = await sendDailyDigests(getPrisma(), today);
    expect(sent).toBeGreaterThan(0);
    expect(await sendDailyDigests(getPrisma(), today)).toBe(0);
    const digests = await ownerDb().inboxMessage.findMany({ where: { kind: "digest", digestDate: today }, include: { user: true } });
    const perUser = new Map<string, number>();
    for (const d of digests) perUser.set(d.userId, (perUser.get(d.userId) ?? 0) + 1);
    expect([...perUser.values()].every((n) => n === 1)).toBe(true);
    const reporter = digests.find((d) => d.user.username === "helan.reporter");
    expect(reporter?.body).toMatch(/逾期未报：\d+ 项/);
    expect(digests.find((d) => d.user.username === "helan.staff")?.body).toMatch(/逾期未报的填报任务：\d+ 项/);
    // The next day is a new digest.
    expect(await sendDailyDigests(getPrisma(), new Date(today.getTime() + 86_400_000))).toBe(sent);
  });

  it("run through the pg-boss queue as the app role", async () => {
    const boss = new PgBoss({ connectionString: process.env.APP_DATABASE_URL!, schema: JOB_SCHEMA, migrate: false, supervise: false, schedule: false });
    boss.on("error", () => {});
    await boss.start();
    try {
      const done = new Promise<number>((resolve) => {
        void boss.work(QUEUES.markOverdue, async () => resolve(await markOverdueSlots(getPrisma(), day("2100-01-01"))));
      });
      await boss.send(QUEUES.markOverdue, {});
      expect(await done).toBeGreaterThanOrEqual(0);
      expect(await ownerDb().reportSlot.count({ where: { overdueMarkedAt: null, status: { in: ["open", "draft", "returned"] } } })).toBe(0);
    } finally {
      await boss.stop({ graceful: false, wait: true });
    }
  });

  it("催办 reaches the unit's reporters at once, and only once a day", async () => {
    await openPeriodFor("jinfeng", /教育工作要点/);
    const slot = (await reporterSlots("jinfeng")).find((s) => s.status === "open")!;
    await signInAs("jinfeng.leader");
    const result = await urgeTaskAction(null, { taskId: slot.taskId, message: "请本周内报送" });
    expect(result).toMatchObject({ ok: true });
    const message = await ownerDb().inboxMessage.findFirstOrThrow({ where: { kind: "urge", user: { username: "jinfeng.reporter" } } });
    expect(message.body).toContain("请本周内报送");
    expect(await urgeTaskAction(null, { taskId: slot.taskId })).toMatchObject({ ok: false, message: "该任务没有待填报的单位，或今天已经催办过" });
    await signInAs("jinfeng.reporter");
    expect(await urgeTaskAction(null, { taskId: slot.taskId })).toMatchObject({ ok: false, message: "您没有执行此操作的权限" });
  });

  it("the digest carries the 督办 queues: staff see every queue, a reporter their unit's 签收 and 督办单", async () => {
    const db = ownerDb();
    const tenantId = await tenantIdOf("helan");
    const reporter = await db.membership.findFirstOrThrow({ where: { tenantId, role: "unit_reporter", user: { username: "helan.reporter" } } });
    const orgUnitId = reporter.orgUnitId!;
    const today = day("2099-06-01");
    const link = await db.taskUnit.findFirstOrThrow({ where: { tenantId, orgUnitId } });
    await db.taskUnit.updateMany({ where: { tenantId, assignedAt: { not: null }, acknowledgedAt: null }, data: { acknowledgedAt: today } });
    await db.taskUnit.update({
      where: { tenantId_taskId_orgUnitId_role: { tenantId, taskId: link.taskId, orgUnitId, role: link.role } },
      data: { assignedAt: today, acknowledgedAt: null },
    });
    await db.supervisionRequest.updateMany({ where: { tenantId, state: "pending" }, data: { state: "approved" } });
    await db.supervisionRequest.create({ data: { tenantId, taskId: link.taskId, orgUnitId, kind: "extension", reason: "理由" } });
    await db.supervisionRequest.create({ data: { tenantId, taskId: link.taskId, orgUnitId, kind: "closing", reason: "理由" } });
    await db.supervisionSlip.updateMany({ where: { tenantId, repliedAt: null }, data: { repliedAt: today } });
    const slip = (number: number, replyBy: string) =>
      db.supervisionSlip.create({
        data: { tenantId, taskId: link.taskId, orgUnitId, year: 2099, number, level: "yellow", body: "请限期整改", replyBy: day(replyBy) },
      });
    await slip(901, "2099-05-20");
    await slip(902, "2099-06-10");

    await sendDailyDigests(getPrisma(), today);
    const body = async (username: string) =>
      (await db.inboxMessage.findFirstOrThrow({ where: { kind: "digest", digestDate: today, user: { username } } })).body;
    const staff = await body("helan.staff");
    expect(staff).toContain("延期申请：1 项");
    expect(staff).toContain("销号申请：1 项");
    expect(staff).toContain("督办单待回复：2 项");
    expect(staff).toContain("待签收：1 项");
    const own = await body("helan.reporter");
    expect(own).toContain("待签收：1 项");
    expect(own).toContain("督办单待回复：2 份（其中逾期未回复 1 份）");
  });
});
