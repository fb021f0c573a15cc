// Browser-test data for merging units: in each of two bureaus (one per
// browser project, as a merge cannot be done twice), a duplicate pair
// 城关街道 / 城关街道办事处 — the same body under two spellings — with the
// duplicate leading the plan's first task and a submitted report from it in
// a period of its own. Written to UNIT_FIXTURES_FILE for the specs.
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { openTenantTransaction } from "@/lib/db/tenant-scope";
import type { PrismaClient } from "@/lib/generated/prisma/client";

export const UNIT_FIXTURES_FILE = path.resolve(".tmp/e2e/unit-fixtures.json");
export const MERGE_TENANTS = { desktop: "helan", phone: "huiji" } as const;
export const KEEP_NAME = "城关街道";
export const DUPLICATE_NAME = "城关街道办事处";
export const REPORT_TEXT = "合并前提交的报告：城关街道已完成学位摸底";
export const PERIOD_LABEL = "2030年一季度（合并测试）";

export type UnitFixtures = Record<string, { taskId: string }>;

export async function ensureUnitMergeFixture(owner: PrismaClient): Promise<void> {
  const out: UnitFixtures = {};
  for (const code of Object.values(MERGE_TENANTS)) {
    const tenant = await owner.tenant.findUniqueOrThrow({ where: { code } });
    const tenantId = tenant.id;
    out[code] = await openTenantTransaction(owner, { tenantId, userId: null }, async (tx) => {
      const task = await tx.task.findFirstOrThrow({ where: { tenantId }, orderBy: [{ planId: "asc" }, { position: "asc" }] });
      await tx.orgUnit.createMany({ data: [{ tenantId, name: KEEP_NAME, kind: "township" }], skipDuplicates: true });
      const duplicate = await tx.orgUnit.upsert({
        where: { tenantId_name: { tenantId, name: DUPLICATE_NAME } },
        create: { tenantId, name: DUPLICATE_NAME, kind: "township" },
        update: {},
      });
      await tx.taskUnit.createMany({ data: [{ tenantId, taskId: task.id, orgUnitId: duplicate.id, role: "lead" }], skipDuplicates: true });
      const startsOn = new Date("2030-01-01");
      const period = await tx.reportingPeriod.upsert({
        where: { tenantId_planId_startsOn: { tenantId, planId: task.planId, startsOn } },
        create: { tenantId, planId: task.planId, label: PERIOD_LABEL, startsOn, endsOn: new Date("2030-03-31"), dueOn: new Date("2030-04-10") },
        update: {},
      });
      const slot = await tx.reportSlot.upsert({
        where: { tenantId_periodId_taskId_orgUnitId: { tenantId, periodId: period.id, taskId: task.id, orgUnitId: duplicate.id } },
        create: { tenantId, periodId: period.id, taskId: task.id, orgUnitId: duplicate.id, unitRole: "lead", dueOn: period.dueOn, status: "submitted" },
        update: {},
      });
      await tx.report.upsert({
        where: { tenantId_slotId: { tenantId, slotId: slot.id } },
        create: { tenantId, slotId: slot.id, status: "submitted", summary: REPORT_TEXT, progress: 40, submittedAt: new Date() },
        update: {},
      });
      return { taskId: task.id };
    });
  }
  await writeFile(UNIT_FIXTURES_FILE, JSON.stringify(out));
}
