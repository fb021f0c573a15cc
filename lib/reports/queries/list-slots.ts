import "server-only";
import type { TenantSession } from "@/lib/auth/session";
import type { Tx } from "@/lib/db/tenant-scope";
import type { Prisma, SlotStatus } from "@/lib/generated/prisma/client";
import { pageArgs, toPage } from "@/lib/pagination";
import { todayInChina } from "@/lib/reports/periods";
import { slotScopeFor } from "@/lib/reports/reporter-scope";
import { overdueSlotWhere, UNSUBMITTED_SLOT_STATUSES } from "@/lib/reports/slot-status";

export interface SlotFilter {
  q?: string;
  status?: SlotStatus | "todo" | "overdue";
  planId?: string;
  page: number;
  /** Fewer than a page: the home page's most urgent few. */
  pageSize?: number;
}

/** Report slots the caller may see: a reporter their unit's, bureau roles all; "todo" first by due date. */
export async function listSlots(tx: Tx, session: TenantSession, filter: SlotFilter) {
  const tenantId = session.tenant.tenantId;
  const statusWhere: Prisma.ReportSlotWhereInput =
    filter.status === "todo"
      ? { status: { in: UNSUBMITTED_SLOT_STATUSES } }
      : filter.status === "overdue"
        ? overdueSlotWhere(todayInChina())
        : filter.status
          ? { status: filter.status }
          : {};
  const where: Prisma.ReportSlotWhereInput = {
    tenantId,
    ...slotScopeFor(session),
    ...statusWhere,
    ...(filter.planId ? { task: { planId: filter.planId } } : {}),
    ...(filter.q ? { OR: [{ task: { title: { contains: filter.q } } }, { orgUnit: { name: { contains: filter.q } } }] } : {}),
  };
  const items = await tx.reportSlot.findMany({
    where,
    orderBy: [{ dueOn: "asc" }, { task: { position: "asc" } }],
    ...pageArgs(filter.page, filter.pageSize),
    select: {
      id: true,
      status: true,
      dueOn: true,
      unitRole: true,
      overdueMarkedAt: true,
      period: { select: { label: true } },
      orgUnit: { select: { id: true, name: true } },
      groupUnit: { select: { name: true } },
      task: { select: { id: true, number: true, title: true, plan: { select: { id: true, title: true } } } },
      report: { select: { id: true, progress: true, submittedAt: true, updatedAt: true } },
    },
  });
  const total = await tx.reportSlot.count({ where });
  return toPage(items, total, filter.page, filter.pageSize);
}

export type SlotRow = Awaited<ReturnType<typeof listSlots>>["items"][number];
