import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";
import type { Prisma } from "@/lib/generated/prisma/client";
import { pageArgs, toPage } from "@/lib/pagination";

export async function listIndicators(tx: Tx, tenantId: string, filter: { q?: string; planId?: string; page: number; pageSize?: number }) {
  const where: Prisma.IndicatorWhereInput = {
    tenantId,
    ...(filter.planId ? { planId: filter.planId } : {}),
    ...(filter.q ? { name: { contains: filter.q } } : {}),
  };
  const items = await tx.indicator.findMany({
    where,
    orderBy: [{ planId: "asc" }, { position: "asc" }],
    ...pageArgs(filter.page, filter.pageSize),
    include: { plan: { select: { id: true, title: true } }, task: { select: { id: true, number: true, title: true } } },
  });
  const total = await tx.indicator.count({ where });
  return toPage(items, total, filter.page, filter.pageSize);
}
