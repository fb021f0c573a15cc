// Browser-test data for group units: a bureau of its own per viewport (so the
// desktop and phone runs do not see each other's period), with 12 schools, 2
// kindergartens, the group 各中小学校、幼儿园 without members yet, a plan whose
// task is assigned to the group, and a reporter for the first school.
import { hashPassword } from "@/lib/auth/password";
import { openTenantTransaction } from "@/lib/db/tenant-scope";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { DEMO_PASSWORD } from "./helpers";
import { FIRST_SCHOOL, GROUP_KINDERGARTENS, GROUP_NAME, GROUP_PLAN, GROUP_SCHOOLS, GROUP_TASK, GROUP_WORLDS } from "./group-world";

export async function ensureGroupFixtures(owner: PrismaClient): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const year = new Date().getUTCFullYear();
  for (const [label, code] of Object.entries(GROUP_WORLDS)) {
    if (await owner.tenant.findUnique({ where: { code } })) continue;
    const tenant = await owner.tenant.create({ data: { code, name: `群体测试区教育局（${label}）`, kind: "bureau" } });
    const tenantId = tenant.id;
    const firstSchoolId = await openTenantTransaction(owner, { tenantId, userId: null }, async (tx) => {
      const schools = Array.from({ length: GROUP_SCHOOLS }, (_, i) => ({ tenantId, name: `第${String(i + 1).padStart(2, "0")}小学`, kind: "school" as const }));
      const kindergartens = Array.from({ length: GROUP_KINDERGARTENS }, (_, i) => ({ tenantId, name: `第${i + 1}幼儿园`, kind: "kindergarten" as const }));
      await tx.orgUnit.createMany({ data: [...schools, ...kindergartens, { tenantId, name: "基础教育科", kind: "department" }] });
      const group = await tx.orgUnit.create({ data: { tenantId, name: GROUP_NAME, kind: "group" } });
      const plan = await tx.plan.create({ data: { tenantId, title: GROUP_PLAN, startYear: year - 1, endYear: year + 1, reportingFrequency: "quarterly" } });
      const section = await tx.section.create({ data: { tenantId, planId: plan.id, position: 1, title: "一、减轻学生过重负担" } });
      const task = await tx.task.create({ data: { tenantId, planId: plan.id, sectionId: section.id, number: 1, position: 1, title: GROUP_TASK } });
      await tx.taskUnit.create({ data: { tenantId, taskId: task.id, orgUnitId: group.id, role: "lead" } });
      return (await tx.orgUnit.findFirstOrThrow({ where: { tenantId, name: FIRST_SCHOOL } })).id;
    });
    const accounts = [
      { suffix: "admin", role: "bureau_admin" as const, orgUnitId: null },
      { suffix: "school", role: "unit_reporter" as const, orgUnitId: firstSchoolId },
    ];
    for (const a of accounts) {
      const user = await owner.user.create({ data: { username: `${code}.${a.suffix}`, displayName: `${code}.${a.suffix}`, passwordHash } });
      await openTenantTransaction(owner, { tenantId, userId: user.id }, (tx) =>
        tx.membership.create({ data: { tenantId, userId: user.id, role: a.role, orgUnitId: a.orgUnitId } }),
      );
    }
  }
}
