import "server-only";
import type { TenantSession } from "@/lib/auth/session";
import type { Tx } from "@/lib/db/tenant-scope";
import { todayInChina } from "@/lib/reports/periods";
import { readableSlotWhere, seesEveryUnit } from "@/lib/reports/reporter-scope";
import { isUnsubmittedSlot } from "@/lib/reports/slot-status";

/**
 * A task's report slots, newest period first, as the caller may see them (a
 * reporter: own unit's, and others' approved). For bureau roles the slots that
 * reached schools through a group unit are left to the group's lines
 * (listTaskGroupLines): 150 schools would bury the task's other units.
 */
export async function listTaskSlots(tx: Tx, session: TenantSession, taskId: string) {
  const today = todayInChina();
  const slots = await tx.reportSlot.findMany({
    where: { tenantId: session.tenant.tenantId, taskId, ...readableSlotWhere(session), ...(seesEveryUnit(session) ? { groupUnitId: null } : {}) },
    orderBy: [{ period: { startsOn: "desc" } }, { unitRole: "asc" }],
    take: 60,
    select: {
      id: true,
      status: true,
      dueOn: true,
      period: { select: { label: true } },
      orgUnit: { select: { name: true } },
      report: { select: { progress: true } },
    },
  });
  return slots.map((s) => ({
    id: s.id,
    status: s.status,
    dueOn: s.dueOn,
    overdue: isUnsubmittedSlot(s.status) && s.dueOn < today,
    periodLabel: s.period.label,
    unitName: s.orgUnit.name,
    progress: s.report?.progress ?? null,
  }));
}
