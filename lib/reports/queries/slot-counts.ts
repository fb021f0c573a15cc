import "server-only";
import type { TenantSession } from "@/lib/auth/session";
import type { Tx } from "@/lib/db/tenant-scope";
import type { Prisma } from "@/lib/generated/prisma/client";
import { todayInChina } from "@/lib/reports/periods";
import { slotScopeFor } from "@/lib/reports/reporter-scope";
import { overdueSlotWhere } from "@/lib/reports/slot-status";

export interface SlotCounts {
  todo: number;
  overdue: number;
  submitted: number;
  returned: number;
  approved: number;
  all: number;
}

/** Numbers for the filter tabs of the slot list, in the same scope as listSlots. */
export async function countSlots(tx: Tx, session: TenantSession, filter: { q?: string; planId?: string } = {}): Promise<SlotCounts> {
  const where: Prisma.ReportSlotWhereInput = {
    tenantId: session.tenant.tenantId,
    ...slotScopeFor(session),
    ...(filter.planId ? { task: { planId: filter.planId } } : {}),
    ...(filter.q ? { OR: [{ task: { title: { contains: filter.q } } }, { orgUnit: { name: { contains: filter.q } } }] } : {}),
  };
  const groups = await tx.reportSlot.groupBy({ by: ["status"], where, _count: { _all: true } });
  const overdue = await tx.reportSlot.count({ where: { ...where, ...overdueSlotWhere(todayInChina()) } });
  const by = Object.fromEntries(groups.map((g) => [g.status, g._count._all])) as Partial<Record<string, number>>;
  const n = (s: string) => by[s] ?? 0;
  return {
    todo: n("open") + n("draft") + n("returned"),
    overdue,
    submitted: n("submitted"),
    returned: n("returned"),
    approved: n("approved"),
    all: groups.reduce((sum, g) => sum + g._count._all, 0),
  };
}
