// /supervision/slips: the caller's 督办单 (staff every unit's, a reporter its
// own unit's), newest first, by state, level and unit, a page at a time.
import "server-only";
import type { TenantSession } from "@/lib/auth/session";
import type { Tx } from "@/lib/db/tenant-scope";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SlipLevel } from "@/lib/generated/prisma/enums";
import { PAGE_SIZE, pageArgs, toPage, type Page } from "@/lib/pagination";
import { todayInChina } from "@/lib/reports/periods";
import { slipNumberText, type SlipState } from "@/lib/vocabulary";
import { slipScopeFor } from "./slip-scope";

export interface SlipListFilter {
  state: SlipState;
  level?: SlipLevel;
  orgUnitId?: string;
  /** One task's slips (its page's 督办单 list). */
  taskId?: string;
  page: number;
}

export interface SlipListRow {
  id: string;
  numberText: string;
  level: SlipLevel;
  unitName: string;
  task: { id: string; number: number; title: string };
  issuedAt: Date;
  replyBy: Date;
  repliedAt: Date | null;
  /** Unanswered past its reply-by date. */
  overdue: boolean;
}

const STATE_WHERE: Record<SlipState, Prisma.SupervisionSlipWhereInput> = {
  awaiting: { repliedAt: null },
  replied: { repliedAt: { not: null } },
  all: {},
};

export async function listSlips(
  tx: Tx,
  session: TenantSession,
  filter: SlipListFilter,
  today: Date = todayInChina(),
  pageSize = PAGE_SIZE,
): Promise<Page<SlipListRow>> {
  const where: Prisma.SupervisionSlipWhereInput = {
    ...slipScopeFor(session),
    ...STATE_WHERE[filter.state],
    ...(filter.level ? { level: filter.level } : {}),
    // A reporter's scope already names its unit; a filter naming another one then finds nothing.
    ...(filter.orgUnitId ? { AND: [{ orgUnitId: filter.orgUnitId }] } : {}),
    ...(filter.taskId ? { taskId: filter.taskId } : {}),
  };
  const rows = await tx.supervisionSlip.findMany({
    where,
    orderBy: [{ year: "desc" }, { number: "desc" }],
    ...pageArgs(filter.page, pageSize),
    include: { orgUnit: { select: { name: true } }, task: { select: { id: true, number: true, title: true } } },
  });
  const total = await tx.supervisionSlip.count({ where });
  const items = rows.map((s) => ({
    id: s.id,
    numberText: slipNumberText(s.year, s.number),
    level: s.level,
    unitName: s.orgUnit.name,
    task: s.task,
    issuedAt: s.issuedAt,
    replyBy: s.replyBy,
    repliedAt: s.repliedAt,
    overdue: s.repliedAt === null && s.replyBy.getTime() < today.getTime(),
  }));
  return toPage(items, total, filter.page, pageSize);
}
