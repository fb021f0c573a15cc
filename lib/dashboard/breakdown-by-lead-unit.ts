// Tasks by primary unit (主责单位: the lead units, or the responsible units
// where a task names no lead; lib/plans/queries/primary-unit.ts). A task with
// two such units counts for each, so the column sums can exceed the task
// total; tasks with none form their own row, since unowned work is what a
// leader must see.
import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";
import { Prisma } from "@/lib/generated/prisma/client";
import { PRIMARY_TASK_UNIT_SQL } from "@/lib/plans/queries/primary-unit";
import { getBreakdownByOwner } from "./breakdown-by-owner";
import type { BreakdownRow } from "./breakdown-row";
import type { DashboardScope } from "./scope";

export const NO_LEAD_UNIT = "未明确牵头或责任单位";

const PRIMARY_UNIT_JOINS = Prisma.sql`
    LEFT JOIN task_units tu ON tu.tenant_id = t.tenant_id AND tu.task_id = t.id AND ${PRIMARY_TASK_UNIT_SQL}
    LEFT JOIN org_units o ON o.tenant_id = tu.tenant_id AND o.id = tu.org_unit_id`;

/** Most delayed first, then the largest. */
export function getBreakdownByLeadUnit(tx: Tx, scope: DashboardScope): Promise<BreakdownRow[]> {
  return getBreakdownByOwner(tx, scope, { joins: PRIMARY_UNIT_JOINS, noOwner: NO_LEAD_UNIT });
}
