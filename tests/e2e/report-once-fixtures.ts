// Browser-test data for 最多报一次 (report-once.spec.ts, decision 0035): a
// bureau of its own with two plans whose indicators are confirmed against one
// catalogue definition, an approved report carrying 88% on plan A's task, and
// a submitted report on plan B's task carrying 91% for the same quarter end:
// the reviewer must see the 88% before approving. The spec only reads.
import { hashPassword } from "@/lib/auth/password";
import { openTenantTransaction } from "@/lib/db/tenant-scope";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { DEMO_PASSWORD } from "./helpers";
import { REPORT_ONCE } from "./report-once-world";

export async function ensureReportOnceFixture(owner: PrismaClient): Promise<void> {
  if (await owner.tenant.findUnique({ where: { code: REPORT_ONCE.code } })) return;
  const tenantId = (await owner.tenant.create({ data: { code: REPORT_ONCE.code, name: REPORT_ONCE.name, kind: "bureau" } })).id;
  const definition = await owner.indicatorDefinition.create({ data: { code: "e2e-report-once", name: "演练覆盖率", unit: "%" } });
  const endsOn = new Date("2024-03-31");
  await openTenantTransaction(owner, { tenantId, userId: null }, async (tx) => {
    const school = await tx.orgUnit.create({ data: { tenantId, name: REPORT_ONCE.school, kind: "school" } });
    const planWithReport = async (title: string, status: "approved" | "submitted", value: number) => {
      const plan = await tx.plan.create({ data: { tenantId, title, startYear: 2024, endYear: 2024, reportingFrequency: "quarterly" } });
      const section = await tx.section.create({ data: { tenantId, planId: plan.id, position: 1, title: "一、重点任务" } });
      const task = await tx.task.create({ data: { tenantId, planId: plan.id, sectionId: section.id, number: 1, position: 1, title: `${title}：提高覆盖率` } });
      const indicator = await tx.indicator.create({
        data: {
          tenantId,
          planId: plan.id,
          taskId: task.id,
          origin: "manual",
          position: 1,
          name: "覆盖率",
          unit: "%",
          targetValue: 95,
          definitionId: definition.id,
          mappingState: "confirmed",
        },
      });
      const period = await tx.reportingPeriod.create({
        data: { tenantId, planId: plan.id, label: "2024年第一季度", startsOn: new Date("2024-01-01"), endsOn, dueOn: new Date("2024-04-10") },
      });
      const slot = await tx.reportSlot.create({
        data: { tenantId, periodId: period.id, taskId: task.id, orgUnitId: school.id, unitRole: "lead", dueOn: period.dueOn, status },
      });
      const at = new Date("2024-04-05T02:00:00Z");
      const report = await tx.report.create({
        data: {
          tenantId,
          slotId: slot.id,
          status,
          summary: "本季度覆盖率已统计。",
          progress: 50,
          submittedAt: at,
          reviewedAt: status === "approved" ? at : null,
        },
      });
      await tx.indicatorActual.create({
        data: {
          tenantId,
          indicatorId: indicator.id,
          reportId: report.id,
          periodId: period.id,
          asOf: endsOn,
          value,
          reviewState: status === "approved" ? "approved" : "pending",
          approvedAt: status === "approved" ? at : null,
        },
      });
    };
    await planWithReport("报一次演练工作要点", "approved", 88);
    await planWithReport("报一次演练五年规划", "submitted", 91);
  });
  const user = await owner.user.create({
    data: { username: REPORT_ONCE.staff, displayName: "报一次 工作人员", passwordHash: await hashPassword(DEMO_PASSWORD) },
  });
  await openTenantTransaction(owner, { tenantId, userId: user.id }, (tx) =>
    tx.membership.create({ data: { tenantId, userId: user.id, role: "bureau_staff" } }),
  );
}
