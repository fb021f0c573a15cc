// Browser-test data for report-session.phone.spec.ts: a bureau of its own
// with one school, one task and an open period, so a reporter has a form to
// write in and typing there moves no count another spec reads.
import { hashPassword } from "@/lib/auth/password";
import { openTenantTransaction } from "@/lib/db/tenant-scope";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { DEMO_PASSWORD } from "./helpers";
import { REPORT_SESSION } from "./report-session-world";

const DAY_MS = 86_400_000;

export async function ensureReportSessionFixture(owner: PrismaClient): Promise<void> {
  if (await owner.tenant.findUnique({ where: { code: REPORT_SESSION.code } })) return;
  const tenant = await owner.tenant.create({ data: { code: REPORT_SESSION.code, name: REPORT_SESSION.name, kind: "bureau" } });
  const tenantId = tenant.id;
  const today = new Date(new Date().toISOString().slice(0, 10));
  const year = today.getUTCFullYear();
  const schoolId = await openTenantTransaction(owner, { tenantId, userId: null }, async (tx) => {
    const school = await tx.orgUnit.create({ data: { tenantId, name: "实验小学", kind: "school" } });
    const plan = await tx.plan.create({ data: { tenantId, title: "续填演练工作要点", startYear: year, endYear: year, reportingFrequency: "quarterly" } });
    const section = await tx.section.create({ data: { tenantId, planId: plan.id, position: 1, title: "一、重点任务" } });
    const task = await tx.task.create({
      data: { tenantId, planId: plan.id, sectionId: section.id, number: 1, position: 1, title: REPORT_SESSION.task, status: "in_progress" },
    });
    await tx.taskUnit.create({ data: { tenantId, taskId: task.id, orgUnitId: school.id, role: "lead", assignedAt: today } });
    const period = await tx.reportingPeriod.create({
      data: {
        tenantId,
        planId: plan.id,
        label: "续填演练第一季度",
        startsOn: new Date(today.getTime() - 30 * DAY_MS),
        endsOn: new Date(today.getTime() + 30 * DAY_MS),
        dueOn: new Date(today.getTime() + 10 * DAY_MS),
      },
    });
    await tx.reportSlot.create({ data: { tenantId, periodId: period.id, taskId: task.id, orgUnitId: school.id, unitRole: "lead", dueOn: period.dueOn } });
    return school.id;
  });
  const user = await owner.user.create({
    data: { username: REPORT_SESSION.reporter, displayName: "实验小学 张老师", passwordHash: await hashPassword(DEMO_PASSWORD) },
  });
  await openTenantTransaction(owner, { tenantId, userId: user.id }, (tx) =>
    tx.membership.create({ data: { tenantId, userId: user.id, role: "unit_reporter", orgUnitId: schoolId } }),
  );
}
