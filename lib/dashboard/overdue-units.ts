// The units behind on reporting, worst first: how many of their report slots
// are overdue (the reporting definition, overdue-slot-sql.ts) over the tasks
// in scope (the whole bureau, or 我负责的), counted in SQL.
import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";
import { overdueSlotSql } from "@/lib/reports/queries/overdue-slot-sql";
import { mineCondition, type DashboardScope } from "./scope";

export interface OverdueUnit {
  id: string;
  name: string;
  overdue: number;
}

/** How many units the home page names before linking to the overdue list. */
export const OVERDUE_UNITS_SHOWN = 5;

export async function listOverdueUnits(tx: Tx, scope: DashboardScope, today: Date, limit = OVERDUE_UNITS_SHOWN): Promise<OverdueUnit[]> {
  const tenantId = scope.tenantId;
  return tx.$queryRaw<OverdueUnit[]>`
    SELECT u.id::text AS id, u.name, count(*)::int AS overdue
    FROM report_slots s
    JOIN tasks t ON t.tenant_id = s.tenant_id AND t.id = s.task_id
    JOIN org_units u ON u.tenant_id = s.tenant_id AND u.id = s.org_unit_id
    WHERE s.tenant_id = ${tenantId}::uuid AND ${overdueSlotSql(today)} ${mineCondition(scope)}
    GROUP BY u.id, u.name
    ORDER BY count(*) DESC, u.name, u.id
    LIMIT ${limit}`;
}
