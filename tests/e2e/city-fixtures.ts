// Browser-test data for the city comparison while the demo seed has no
// indicator catalogue yet: one definition (kept as is if the catalogue seed
// already made it), 兴庆区's and 贺兰县's coverage indicators mapped to it
// and confirmed (unless already confirmed), and approved actuals where they have none.
import { openTenantTransaction } from "@/lib/db/tenant-scope";
import type { PrismaClient } from "@/lib/generated/prisma/client";

export const CITY_COMPARE_CODE = "preschool-inclusive-coverage";

export async function ensureCityCompareFixture(owner: PrismaClient): Promise<void> {
  const definition = await owner.indicatorDefinition.upsert({
    where: { code: CITY_COMPARE_CODE },
    create: { code: CITY_COMPARE_CODE, name: "普惠性幼儿园覆盖率", unit: "%", direction: "gte" },
    update: {},
  });
  const picks = [
    { tenant: "xingqing", where: { taskId: null, name: "普惠性学前教育覆盖率" }, asOf: "2023-12-31", value: 85 },
    { tenant: "helan", where: { name: { contains: "普惠性幼儿园覆盖率" } }, asOf: "2025-06-30", value: 95 },
  ];
  for (const pick of picks) {
    const tenant = await owner.tenant.findUnique({ where: { code: pick.tenant } });
    if (!tenant) continue;
    // Scoped like the seed: an owner that is not superuser is still under forced RLS.
    await openTenantTransaction(owner, { tenantId: tenant.id, userId: null }, async (tx) => {
      const indicator = await tx.indicator.findFirst({ where: { tenantId: tenant.id, ...pick.where } });
      if (!indicator) return;
      // Only a confirmed mapping counts (decision 0037): a suggestion the import made is confirmed here, as an admin would.
      if (indicator.mappingState !== "confirmed") {
        await tx.indicator.update({ where: { id: indicator.id }, data: { definitionId: definition.id, mappingState: "confirmed" } });
      }
      if ((await tx.indicatorActual.count({ where: { tenantId: tenant.id, indicatorId: indicator.id, reviewState: "approved" } })) === 0) {
        await tx.indicatorActual.create({
          data: { tenantId: tenant.id, indicatorId: indicator.id, asOf: new Date(`${pick.asOf}T00:00:00Z`), value: pick.value, reviewState: "approved" },
        });
      }
    });
  }
}
