import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";
import type { OrgUnitKind, Prisma } from "@/lib/generated/prisma/client";
import { pageArgs, toPage, type Page } from "@/lib/pagination";

export interface UnitRow {
  id: string;
  name: string;
  kind: OrgUnitKind;
  taskCount: number;
  memberCount: number;
}

export async function listUnits(tx: Tx, tenantId: string, filter: { q?: string; kind?: OrgUnitKind; page: number }): Promise<Page<UnitRow>> {
  const where: Prisma.OrgUnitWhereInput = {
    tenantId,
    ...(filter.kind ? { kind: filter.kind } : {}),
    ...(filter.q ? { name: { contains: filter.q, mode: "insensitive" } } : {}),
  };
  const rows = await tx.orgUnit.findMany({
    where,
    orderBy: [{ kind: "asc" }, { name: "asc" }],
    ...pageArgs(filter.page),
    select: { id: true, name: true, kind: true, _count: { select: { taskUnits: true, memberships: true } } },
  });
  const total = await tx.orgUnit.count({ where });
  return toPage(
    rows.map((r) => ({ id: r.id, name: r.name, kind: r.kind, taskCount: r._count.taskUnits, memberCount: r._count.memberships })),
    total,
    filter.page,
  );
}
