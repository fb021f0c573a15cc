// Tasks grouped by who owns them, a unit or a leader. The two breakdowns differ
// only in the joins that name the owner; the counting, the row of tasks naming
// nobody and the order are written here once so the two tables cannot drift.
import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";
import type { Prisma } from "@/lib/generated/prisma/client";
import { toBreakdownRow, type BreakdownRow, type BreakdownSqlRow } from "./breakdown-row";
import { mineCondition, type DashboardScope } from "./scope";
import { STATUS_COUNT_COLUMNS } from "./status-counts";

export interface OwnerJoins {
  /** LEFT JOINs from tasks `t` to the owner, aliased `o` (with `id` and `name`); a task with two owners counts for each. */
  joins: Prisma.Sql;
  /** The name of the row of tasks that name no owner. */
  noOwner: string;
}

/** Most delayed first, then the largest; the no-owner row after owners with the same counts. */
export async function getBreakdownByOwner(tx: Tx, scope: DashboardScope, { joins, noOwner }: OwnerJoins): Promise<BreakdownRow[]> {
  const rows = await tx.$queryRaw<BreakdownSqlRow[]>`
    SELECT o.id::text AS id, o.name AS name, ${STATUS_COUNT_COLUMNS}
    FROM tasks t
    ${joins}
    WHERE t.tenant_id = ${scope.tenantId}::uuid ${mineCondition(scope)}
    GROUP BY o.id, o.name
    ORDER BY delayed DESC, total DESC, (o.id IS NULL), o.name`;
  return rows.map((r) => toBreakdownRow(r, noOwner));
}
