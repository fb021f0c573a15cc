// Browser-test data for evidence preview (evidence.spec.ts): EVIDENCE_WORLD's
// bureau, school, plan, task, open period and the school's empty slot, and
// its two accounts (staff, the school's reporter).
import { hashPassword } from "@/lib/auth/password";
import { openTenantTransaction } from "@/lib/db/tenant-scope";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { EVIDENCE_WORLD as W } from "./evidence-world";
import { DEMO_PASSWORD } from "./helpers";

const DAY_MS = 86_400_000;

export async function ensureEvidenceFixture(owner: PrismaClient): Promise<void> {
  if (await owner.tenant.findUnique({ where: { code: W.code } })) return;
  const { id: tenantId } = await owner.tenant.create({ data: { code: W.code, name: W.name, kind: "bureau" } });
  const today = new Date(new Date().toISOString().slice(0, 10));
  const schoolId = await openTenantTransaction(owner, { tenantId, userId: null }, async (tx) => {
    const school = await tx.orgUnit.create({ data: { tenantId, name: W.school, kind: "school" } });
    const year = today.getUTCFullYear();
    const plan = await tx.plan.create({ data: { tenantId, title: W.plan, startYear: year, endYear: year, reportingFrequency: "quarterly" } });
    const section = await tx.section.create({ data: { tenantId, planId: plan.id, position: 1, title: "一、重点任务" } });
    const task = await tx.task.create({
      data: { tenantId, planId: plan.id, sectionId: section.id, number: 1, position: 1, title: W.task, status: "in_progress", progress: 30 },
    });
    await tx.taskUnit.create({ data: { tenantId, taskId: task.id, orgUnitId: school.id, role: "lead" } });
    const period = await tx.reportingPeriod.create({
      data: {
        tenantId,
        planId: plan.id,
        label: W.period,
        startsOn: new Date(today.getTime() - 30 * DAY_MS),
        endsOn: new Date(today.getTime() + 30 * DAY_MS),
        dueOn: new Date(today.getTime() + 10 * DAY_MS),
      },
    });
    await tx.reportSlot.create({
      data: { tenantId, periodId: period.id, taskId: task.id, orgUnitId: school.id, unitRole: "lead", dueOn: period.dueOn, status: "open" },
    });
    return school.id;
  });
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const a of [
    { username: W.staff, displayName: "督办科 赵老师", role: "bureau_staff" as const, orgUnitId: null },
    { username: W.reporter, displayName: "实验小学 孙老师", role: "unit_reporter" as const, orgUnitId: schoolId },
  ]) {
    const user = await owner.user.create({ data: { username: a.username, displayName: a.displayName, passwordHash } });
    await openTenantTransaction(owner, { tenantId, userId: user.id }, (tx) =>
      tx.membership.create({ data: { tenantId, userId: user.id, role: a.role, orgUnitId: a.orgUnitId } }),
    );
  }
}
