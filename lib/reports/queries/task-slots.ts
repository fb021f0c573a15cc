import "server-only";
import type { TenantSession } from "@/lib/auth/session";
import type { Tx } from "@/lib/db/tenant-scope";
import { pageArgs, toPage, type Page } from "@/lib/pagination";
import { todayInChina } from "@/lib/reports/periods";
import { readableSlotWhere, seesEveryUnit } from "@/lib/reports/reporter-scope";
import { isUnsubmittedSlot } from "@/lib/reports/slot-status";
import type { SlotStatus } from "@/lib/generated/prisma/enums";

/** How many slots the task page shows before 查看全部: the newest period or two of its units. */
export const TASK_PAGE_SLOTS = 10;

export interface TaskSlotRow {
  id: string;
  status: SlotStatus;
  dueOn: Date;
  overdue: boolean;
  periodLabel: string;
  unitName: string;
  progress: number | null;
}

export interface TaskSlotPage extends Page<TaskSlotRow> {
  /** Of all the caller sees, not only this page: not yet reported (待填报, 草稿, 已退回). */
  unsubmitted: number;
}

/**
 * A task's report slots, newest period first, a page at a time, as the caller may
 * see them (a reporter: own unit's, and others' approved). For bureau roles the
 * slots that reached schools through a group unit are left to the group's lines
 * (listTaskGroupLines): 150 schools would bury the task's other units.
 */
export async function listTaskSlots(tx: Tx, session: TenantSession, taskId: string, paging: { page: number; pageSize: number }): Promise<TaskSlotPage> {
  const today = todayInChina();
  const where = { tenantId: session.tenant.tenantId, taskId, ...readableSlotWhere(session), ...(seesEveryUnit(session) ? { groupUnitId: null } : {}) };
  const slots = await tx.reportSlot.findMany({
    where,
    orderBy: [{ period: { startsOn: "desc" } }, { unitRole: "asc" }, { id: "asc" }],
    ...pageArgs(paging.page, paging.pageSize),
    select: {
      id: true,
      status: true,
      dueOn: true,
      period: { select: { label: true } },
      orgUnit: { select: { name: true } },
      report: { select: { progress: true } },
    },
  });
  // The total and the unreported among them in one statement.
  const byStatus = await tx.reportSlot.groupBy({ by: ["status"], where, _count: { _all: true } });
  const total = byStatus.reduce((n, s) => n + s._count._all, 0);
  const unsubmitted = byStatus.filter((s) => isUnsubmittedSlot(s.status)).reduce((n, s) => n + s._count._all, 0);
  const items = slots.map((s) => ({
    id: s.id,
    status: s.status,
    dueOn: s.dueOn,
    overdue: isUnsubmittedSlot(s.status) && s.dueOn < today,
    periodLabel: s.period.label,
    unitName: s.orgUnit.name,
    progress: s.report?.progress ?? null,
  }));
  return { ...toPage(items, total, paging.page, paging.pageSize), unsubmitted };
}
