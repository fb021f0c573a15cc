// Tasks by primary unit (主责单位: the lead units, or the responsible units
// where a task names no lead; lib/plans/queries/primary-unit.ts). A task with
// two such units counts for each, so the column sums can exceed the task
// total; tasks with none form their own row, since unowned work is what a
// leader must see.
import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";
import { PRIMARY_TASK_UNIT_SQL } from "@/lib/plans/queries/primary-unit";
import { toBreakdownRow, type BreakdownRow, type BreakdownSqlRow } from "./breakdown-row";
import { mineCondition, type DashboardScope } from "./scope";
import { STATUS_COUNT_COLUMNS } from "./status-counts";

export const NO_LEAD_UNIT = "未明确牵头或责任单位";

/** Most delayed first, then the largest. */
export async function getBreakdownByLeadUnit(tx: Tx, scope: DashboardScope): Promise<BreakdownRow[]> {
  const tenantId = scope.tenantId;
  const rows = await tx.$queryRaw<BreakdownSqlRow[]>`
    SELECT u.id::text AS id, u.name AS name, ${STATUS_COUNT_COLUMNS}
    FROM tasks t
    LEFT JOIN task_units tu ON tu.tenant_id = t.tenant_id AND tu.task_id = t.id AND ${PRIMARY_TASK_UNIT_SQL}
    LEFT JOIN org_units u ON u.tenant_id = tu.tenant_id AND u.id = tu.org_unit_id
    WHERE t.tenant_id = ${tenantId}::uuid ${mineCondition(scope)}
    GROUP BY u.id, u.name
    ORDER BY delayed DESC, total DESC, (u.id IS NULL), u.name`;
  return rows.map((r) => toBreakdownRow(r, NO_LEAD_UNIT));
}
