// The tenant's indicators with their catalogue mapping, for the 指标口径 page.
import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { MappingState } from "@/lib/generated/prisma/enums";
import { pageArgs, toPage } from "@/lib/pagination";
import { MAPPING_STATES } from "@/lib/vocabulary";

export interface MappingFilter {
  q?: string;
  state?: MappingState;
  page: number;
  pageSize?: number;
}

export async function listIndicatorMappings(tx: Tx, tenantId: string, filter: MappingFilter) {
  const where: Prisma.IndicatorWhereInput = {
    tenantId,
    ...(filter.state ? { mappingState: filter.state } : {}),
    // The indicator's own wording or the catalogue name it maps to.
    ...(filter.q ? { OR: [{ name: { contains: filter.q } }, { definition: { name: { contains: filter.q } } }] } : {}),
  };
  const items = await tx.indicator.findMany({
    where,
    // Document order; the state tabs narrow it to 待确认 when that is the work to do.
    orderBy: [{ planId: "asc" }, { position: "asc" }],
    ...pageArgs(filter.page, filter.pageSize),
    select: {
      id: true,
      name: true,
      unit: true,
      comparator: true,
      targetValue: true,
      targetMax: true,
      targetYear: true,
      tolerance: true,
      mappingState: true,
      plan: { select: { id: true, title: true } },
      task: { select: { id: true, number: true } },
      definition: { select: { id: true, code: true, name: true, unit: true, currentVersion: true } },
    },
  });
  const total = await tx.indicator.count({ where });
  return toPage(items, total, filter.page, filter.pageSize);
}

export type MappingRow = Awaited<ReturnType<typeof listIndicatorMappings>>["items"][number];

/** How many of the tenant's indicators are in each state (for the filter tabs). */
export async function countMappingStates(tx: Tx, tenantId: string): Promise<Record<MappingState, number>> {
  const groups = await tx.indicator.groupBy({ by: ["mappingState"], where: { tenantId }, _count: { _all: true } });
  const counts = Object.fromEntries(MAPPING_STATES.map((s) => [s, 0])) as Record<MappingState, number>;
  for (const g of groups) counts[g.mappingState] = g._count._all;
  return counts;
}
