// Browser-test data for the home pages (home.phone.spec.ts): a bureau with a
// reporter's unit that owes three reports (one returned, one overdue), another
// unit's overdue slot, and a leader linked to the person named in a red, a
// yellow and a green task. Dates are relative to today, with margins wider than
// the hours between UTC and China.
import { hashPassword } from "@/lib/auth/password";
import { openTenantTransaction } from "@/lib/db/tenant-scope";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { DEMO_PASSWORD } from "./helpers";
import { HOME_WORLD } from "./home-world";

const DAY_MS = 86_400_000;

export async function ensureHomeFixture(owner: PrismaClient): Promise<void> {
  if (await owner.tenant.findUnique({ where: { code: HOME_WORLD.code } })) return;
  const tenantId = (await owner.tenant.create({ data: { code: HOME_WORLD.code, name: HOME_WORLD.name, kind: "bureau" } })).id;
  const today = new Date(new Date().toISOString().slice(0, 10));
  const inDays = (n: number) => new Date(today.getTime() + n * DAY_MS);
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const reporter = await owner.user.create({ data: { username: HOME_WORLD.reporter, displayName: "向阳小学 张老师", passwordHash } });
  const leader = await owner.user.create({ data: { username: HOME_WORLD.leader, displayName: "赵局长", passwordHash } });
  await openTenantTransaction(owner, { tenantId, userId: null }, async (tx) => {
    const unit = await tx.orgUnit.create({ data: { tenantId, name: HOME_WORLD.unit, kind: "school" } });
    const other = await tx.orgUnit.create({ data: { tenantId, name: HOME_WORLD.otherUnit, kind: "school" } });
    await tx.membership.create({ data: { tenantId, userId: reporter.id, role: "unit_reporter", orgUnitId: unit.id } });
    await tx.membership.create({ data: { tenantId, userId: leader.id, role: "leader" } });
    const person = await tx.person.create({ data: { tenantId, name: HOME_WORLD.leaderName, userId: leader.id } });
    const year = today.getUTCFullYear();
    const plan = await tx.plan.create({ data: { tenantId, title: HOME_WORLD.plan, startYear: year, endYear: year + 1 } });
    const section = await tx.section.create({ data: { tenantId, planId: plan.id, position: 1, title: "一、重点任务" } });
    const tasks = [
      { title: HOME_WORLD.redTask, due: -10, progress: 40 },
      { title: HOME_WORLD.yellowTask, due: 3, progress: 60 },
      { title: HOME_WORLD.greenTask, due: 300, progress: 100 },
    ];
    const ids: string[] = [];
    for (const [i, t] of tasks.entries()) {
      const task = await tx.task.create({
        data: {
          tenantId,
          planId: plan.id,
          sectionId: section.id,
          number: i + 1,
          position: i + 1,
          title: t.title,
          status: "in_progress",
          progress: t.progress,
          dueDate: inDays(t.due),
        },
      });
      await tx.taskLeader.create({ data: { tenantId, taskId: task.id, personId: person.id } });
      await tx.taskUnit.create({ data: { tenantId, taskId: task.id, orgUnitId: unit.id, role: "lead" } });
      ids.push(task.id);
    }
    const period = (label: string, startsOn: number, dueOn: number) =>
      tx.reportingPeriod.create({
        data: { tenantId, planId: plan.id, label, startsOn: inDays(startsOn), endsOn: inDays(startsOn + 80), dueOn: inDays(dueOn) },
      });
    const past = await period("首页演练上季度", -120, -5);
    const current = await period(HOME_WORLD.period, -30, 10);
    const slot = (p: { id: string; dueOn: Date }, taskId: string, orgUnitId: string, status: "open" | "returned") =>
      tx.reportSlot.create({ data: { tenantId, periodId: p.id, taskId, orgUnitId, unitRole: "lead", dueOn: p.dueOn, status } });
    // 逾期: last quarter's slot of the red task, never submitted.
    await slot(past, ids[0]!, unit.id, "open");
    // 被退回: the yellow task's report, sent back.
    const returned = await slot(current, ids[1]!, unit.id, "returned");
    await tx.report.create({
      data: { tenantId, slotId: returned.id, status: "returned", summary: "已开展第一轮培训。", progress: 60, reviewComment: "请补充培训人数。" },
    });
    // 待填报, due with the returned one: the next deadline names the returned one (first in plan order).
    await slot(current, ids[2]!, unit.id, "open");
    // Another unit's overdue slot: never in the reporter's counts.
    await slot(past, ids[0]!, other.id, "open");
  });
}
