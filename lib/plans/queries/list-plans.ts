import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";
import type { Prisma } from "@/lib/generated/prisma/client";
import { pageArgs, toPage, type Page } from "@/lib/pagination";
import { PLAN_FIELDS_SELECT, type PlanFields } from "./plan-fields";

export interface PlanRow extends PlanFields {
  taskCount: number;
  indicatorCount: number;
  createdAt: Date;
}

export async function listPlans(tx: Tx, tenantId: string, filter: { q?: string; page: number; pageSize?: number }): Promise<Page<PlanRow>> {
  const where: Prisma.PlanWhereInput = { tenantId, ...(filter.q ? { title: { contains: filter.q } } : {}) };
  const rows = await tx.plan.findMany({
    where,
    orderBy: [{ startYear: "desc" }, { createdAt: "desc" }],
    ...pageArgs(filter.page, filter.pageSize),
    select: { ...PLAN_FIELDS_SELECT, createdAt: true, _count: { select: { tasks: true, indicators: true } } },
  });
  const total = await tx.plan.count({ where });
  return toPage(
    rows.map(({ _count, ...p }) => ({ ...p, taskCount: _count.tasks, indicatorCount: _count.indicators })),
    total,
    filter.page,
    filter.pageSize,
  );
}
