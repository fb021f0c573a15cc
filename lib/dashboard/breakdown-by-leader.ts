// Tasks by responsible leader (task_leaders). A task with two leaders counts
// for each; tasks naming no leader form their own row.
import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";
import { toBreakdownRow, type BreakdownRow, type BreakdownSqlRow } from "./breakdown-row";
import { mineCondition, type DashboardScope } from "./scope";
import { STATUS_COUNT_COLUMNS } from "./status-counts";

export const NO_LEADER = "未明确责任领导";

/** Most delayed first, then the largest. */
export async function getBreakdownByLeader(tx: Tx, scope: DashboardScope): Promise<BreakdownRow[]> {
  const tenantId = scope.tenantId;
  const rows = await tx.$queryRaw<BreakdownSqlRow[]>`
    SELECT pe.id::text AS id, pe.name AS name, ${STATUS_COUNT_COLUMNS}
    FROM tasks t
    LEFT JOIN task_leaders tl ON tl.tenant_id = t.tenant_id AND tl.task_id = t.id
    LEFT JOIN people pe ON pe.tenant_id = tl.tenant_id AND pe.id = tl.person_id
    WHERE t.tenant_id = ${tenantId}::uuid ${mineCondition(scope)}
    GROUP BY pe.id, pe.name
    ORDER BY delayed DESC, total DESC, (pe.id IS NULL), pe.name`;
  return rows.map((r) => toBreakdownRow(r, NO_LEADER));
}
