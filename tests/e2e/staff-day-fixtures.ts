// Browser-test data for a staff member's 督办 day (staff-day.spec.ts): three
// schools, a plan of four tasks whose due dates lie ahead, tasks 2–4 assigned
// (交办) to their units, an open period in which each school has submitted one report.
import { hashPassword } from "@/lib/auth/password";
import { openTenantTransaction } from "@/lib/db/tenant-scope";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { DEMO_PASSWORD } from "./helpers";
import { STAFF_DAY } from "./staff-day-world";

const DAY_MS = 86_400_000;

export async function ensureStaffDayFixture(owner: PrismaClient): Promise<void> {
  if (await owner.tenant.findUnique({ where: { code: STAFF_DAY.code } })) return;
  const tenant = await owner.tenant.create({ data: { code: STAFF_DAY.code, name: STAFF_DAY.name, kind: "bureau" } });
  const tenantId = tenant.id;
  const today = new Date(new Date().toISOString().slice(0, 10));
  const year = today.getUTCFullYear();
  const schoolIds = await openTenantTransaction(owner, { tenantId, userId: null }, async (tx) => {
    const schools = await tx.orgUnit.createManyAndReturn({
      data: STAFF_DAY.schools.map((name) => ({ tenantId, name, kind: "school" as const })),
      select: { id: true, name: true },
    });
    const ids = STAFF_DAY.schools.map((name) => schools.find((s) => s.name === name)!.id);
    const plan = await tx.plan.create({ data: { tenantId, title: STAFF_DAY.plan, startYear: year, endYear: year, reportingFrequency: "quarterly" } });
    const section = await tx.section.create({ data: { tenantId, planId: plan.id, position: 1, title: "一、重点任务" } });
    const period = await tx.reportingPeriod.create({
      data: {
        tenantId,
        planId: plan.id,
        label: STAFF_DAY.period,
        startsOn: new Date(today.getTime() - 30 * DAY_MS),
        endsOn: new Date(today.getTime() + 30 * DAY_MS),
        dueOn: new Date(today.getTime() + 10 * DAY_MS),
      },
    });
    for (const [i, title] of STAFF_DAY.tasks.entries()) {
      const task = await tx.task.create({
        data: {
          tenantId,
          planId: plan.id,
          sectionId: section.id,
          number: i + 1,
          position: i + 1,
          title,
          status: "in_progress",
          progress: 60,
          dueDate: new Date(today.getTime() + (60 + i) * DAY_MS),
          deadlineText: "年底前",
        },
      });
      const unitId = ids[i === 0 ? 0 : i - 1]!;
      if (i === 0) {
        // Task 1 waits for the browser test's 交办.
        await tx.taskUnit.create({ data: { tenantId, taskId: task.id, orgUnitId: unitId, role: "lead" } });
        continue;
      }
      const assignedAt = new Date(today.getTime() - 5 * DAY_MS);
      await tx.taskUnit.create({ data: { tenantId, taskId: task.id, orgUnitId: unitId, role: "lead", assignedAt } });
      await tx.supervisionEvent.create({ data: { tenantId, taskId: task.id, orgUnitId: unitId, kind: "assigned", createdAt: assignedAt } });
      const slot = await tx.reportSlot.create({
        data: { tenantId, periodId: period.id, taskId: task.id, orgUnitId: unitId, unitRole: "lead", dueOn: period.dueOn, status: "submitted" },
      });
      await tx.report.create({
        data: { tenantId, slotId: slot.id, status: "submitted", summary: `${title}：本季度按计划推进。`, progress: 60, submittedAt: new Date() },
      });
    }
    return ids;
  });
  const accounts = [
    { username: STAFF_DAY.staff, displayName: "督办科 王老师", role: "bureau_staff" as const, orgUnitId: null },
    { username: STAFF_DAY.reporter, displayName: "第一中学 李老师", role: "unit_reporter" as const, orgUnitId: schoolIds[0] },
  ];
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const a of accounts) {
    const user = await owner.user.create({ data: { username: a.username, displayName: a.displayName, passwordHash } });
    await openTenantTransaction(owner, { tenantId, userId: user.id }, (tx) =>
      tx.membership.create({ data: { tenantId, userId: user.id, role: a.role, orgUnitId: a.orgUnitId } }),
    );
  }
}
