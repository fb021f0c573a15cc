import "server-only";
import type { TenantSession } from "@/lib/auth/session";
import type { Tx } from "@/lib/db/tenant-scope";
import { pageArgs, toPage, type Page } from "@/lib/pagination";
import { todayInChina } from "@/lib/reports/periods";
import { readableSlotWhere, seesEveryUnit, slotScopeFor } from "@/lib/reports/reporter-scope";
import { isUnsubmittedSlot } from "@/lib/reports/slot-status";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SlotStatus } from "@/lib/generated/prisma/enums";

/** How many slots the task page shows before 查看全部: the newest ten. */
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

const SLOT_ORDER = [{ period: { startsOn: "desc" } }, { unitRole: "asc" }, { orgUnit: { name: "asc" } }, { id: "asc" }] as const;

/**
 * A task's report slots, newest period first, a page at a time, as the caller may
 * see them. A unit reporter sees their own unit's, and others' approved ones: their
 * own come first, so what they have to report is not buried under a group's
 * schools. For bureau roles the slots that reached schools through a group unit are
 * left to the group's lines (listTaskGroupLines): 150 schools would bury the rest.
 */
export async function listTaskSlots(
  tx: Tx,
  session: TenantSession,
  taskId: string,
  paging: { page: number; pageSize: number },
  today: Date = todayInChina(),
): Promise<TaskSlotPage> {
  const where = { tenantId: session.tenant.tenantId, taskId, ...readableSlotWhere(session), ...(seesEveryUnit(session) ? { groupUnitId: null } : {}) };
  const own = slotScopeFor(session).orgUnitId;
  const ownCount = own ? await tx.reportSlot.count({ where: { ...where, orgUnitId: own } }) : 0;
  const { skip, take } = pageArgs(paging.page, paging.pageSize);
  const find = (segment: Prisma.ReportSlotWhereInput, from: number, count: number) =>
    tx.reportSlot.findMany({
      where: { ...where, ...segment },
      orderBy: [...SLOT_ORDER],
      skip: from,
      take: count,
      select: {
        id: true,
        status: true,
        dueOn: true,
        period: { select: { label: true } },
        orgUnit: { select: { name: true } },
        report: { select: { progress: true } },
      },
    });
  const slots = own && skip < ownCount ? await find({ orgUnitId: own }, skip, take) : [];
  if (slots.length < take) slots.push(...(await find(own ? { orgUnitId: { not: own } } : {}, Math.max(0, skip - ownCount), take - slots.length)));
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
