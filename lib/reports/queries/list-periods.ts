import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";
import type { SlotStatus } from "@/lib/generated/prisma/enums";

/** The tenant's plans with their reporting periods (newest first) and slot counts by status. */
export async function listPlanPeriods(tx: Tx, tenantId: string) {
  const plans = await tx.plan.findMany({
    where: { tenantId },
    orderBy: [{ startYear: "desc" }, { title: "asc" }],
    take: 100,
    select: {
      id: true,
      title: true,
      startYear: true,
      endYear: true,
      reportingFrequency: true,
      periods: { orderBy: { startsOn: "desc" }, take: 12, select: { id: true, label: true, dueOn: true } },
    },
  });
  const periodIds = plans.flatMap((p) => p.periods.map((x) => x.id));
  const groups = periodIds.length
    ? await tx.reportSlot.groupBy({ by: ["periodId", "status"], where: { tenantId, periodId: { in: periodIds } }, _count: { _all: true } })
    : [];
  const counts = new Map<string, Partial<Record<SlotStatus, number>> & { total: number }>();
  for (const g of groups) {
    const c = counts.get(g.periodId) ?? { total: 0 };
    c[g.status] = g._count._all;
    c.total += g._count._all;
    counts.set(g.periodId, c);
  }
  return plans.map((p) => ({ ...p, periods: p.periods.map((x) => ({ ...x, counts: counts.get(x.id) ?? { total: 0 } })) }));
}
