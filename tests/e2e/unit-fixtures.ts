// Browser-test data for merging units: in each of two bureaus (one per
// browser project, as a merge cannot be done twice), a duplicate pair
// 城关街道 / 城关街道办事处 — the same body under two spellings — with the
// duplicate leading the last plan's last task and a submitted report from it in
// a period of its own. Written to UNIT_FIXTURES_FILE for the specs (which
// import only ./unit-fixture-names: this file needs the server's modules).
import { writeFile } from "node:fs/promises";
import { openTenantTransaction } from "@/lib/db/tenant-scope";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { DUPLICATE_NAME, KEEP_NAME, MERGE_TENANTS, PERIOD_LABEL, REPORT_TEXT, UNIT_FIXTURES_FILE, type UnitFixtures } from "./unit-fixture-names";

export async function ensureUnitMergeFixture(owner: PrismaClient): Promise<void> {
  const out: UnitFixtures = {};
  for (const code of Object.values(MERGE_TENANTS)) {
    const tenant = await owner.tenant.findUniqueOrThrow({ where: { code } });
    const tenantId = tenant.id;
    out[code] = await openTenantTransaction(owner, { tenantId, userId: null }, async (tx) => {
      // The last task of the last plan: the reporting and review specs work on the first ones, and
      // a second submitted report on the same task would make their review list ambiguous.
      const task = await tx.task.findFirstOrThrow({ where: { tenantId }, orderBy: [{ planId: "desc" }, { position: "desc" }] });
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
