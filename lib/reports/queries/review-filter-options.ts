import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";

/**
 * The review queue's filter choices: the tenant's plans, the units that have
 * ever had a report (not every school of the register), and the periods, of
 * the chosen plan when there is one.
 */
export async function reviewFilterOptions(tx: Tx, tenantId: string, planId: string | undefined) {
  const plans = await tx.plan.findMany({
    where: { tenantId },
    orderBy: [{ startYear: "desc" }, { title: "asc" }],
    take: 100,
    select: { id: true, title: true },
  });
  const units = await tx.orgUnit.findMany({
    where: { tenantId, OR: [{ slots: { some: { report: { isNot: null } } } }, { groupSlots: { some: { report: { isNot: null } } } }] },
    orderBy: { name: "asc" },
    take: 500,
    select: { id: true, name: true },
  });
  const periods = await tx.reportingPeriod.findMany({
    where: { tenantId, ...(planId ? { planId } : {}) },
    orderBy: [{ startsOn: "desc" }, { id: "asc" }],
    take: 60,
    select: { id: true, label: true, plan: { select: { title: true } } },
  });
  return {
    plans: plans.map((p) => ({ id: p.id, name: p.title })),
    units,
    periods: periods.map((p) => ({ id: p.id, name: planId ? p.label : `${p.label}（${p.plan.title}）` })),
  };
}
