import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";
import type { OrgUnitKind, Prisma } from "@/lib/generated/prisma/client";
import { pageArgs, toPage, type Page } from "@/lib/pagination";

export interface UnitRow {
  id: string;
  name: string;
  kind: OrgUnitKind;
  stage: string | null;
  ownership: string | null;
  district: string | null;
  /** Former names (merged away or renamed), which the plan import maps here. */
  aliases: string[];
  taskCount: number;
  memberCount: number;
}

export type UnitFilter = { q?: string; kind?: OrgUnitKind };

/** The search matches the name, a former name, or the school register's 学区/街道. */
export function unitWhere(tenantId: string, filter: UnitFilter): Prisma.OrgUnitWhereInput {
  return {
    tenantId,
    ...(filter.kind ? { kind: filter.kind } : {}),
    ...(filter.q
      ? {
          OR: [
            { name: { contains: filter.q, mode: "insensitive" } },
            { district: { contains: filter.q, mode: "insensitive" } },
            { aliases: { some: { name: { contains: filter.q, mode: "insensitive" } } } },
          ],
        }
      : {}),
  };
}

export const UNIT_ROW_SELECT = {
  id: true,
  name: true,
  kind: true,
  stage: true,
  ownership: true,
  district: true,
  aliases: { select: { name: true }, orderBy: { name: "asc" } },
  _count: { select: { taskUnits: true, memberships: true } },
} as const satisfies Prisma.OrgUnitSelect;

export function toUnitRow(r: Prisma.OrgUnitGetPayload<{ select: typeof UNIT_ROW_SELECT }>): UnitRow {
  const { _count, aliases, ...unit } = r;
  return { ...unit, aliases: aliases.map((a) => a.name), taskCount: _count.taskUnits, memberCount: _count.memberships };
}

export async function listUnits(tx: Tx, tenantId: string, filter: UnitFilter & { page: number }): Promise<Page<UnitRow>> {
  const where = unitWhere(tenantId, filter);
  const rows = await tx.orgUnit.findMany({ where, orderBy: [{ kind: "asc" }, { name: "asc" }], ...pageArgs(filter.page), select: UNIT_ROW_SELECT });
  const total = await tx.orgUnit.count({ where });
  return toPage(rows.map(toUnitRow), total, filter.page);
}
