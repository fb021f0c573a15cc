// A group unit's tasks with the roll-up of their newest period (已报 n / m，
// 逾期 k), for the group's own page. One aggregate statement whatever the
// number of schools; bureau roles only (see task-group-slots.ts).
import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";
import { todayInChina } from "@/lib/reports/periods";
import type { SlotRollup } from "@/lib/reports/slot-status";
import { rollupCountsSql } from "./rollup-counts-sql";

export interface GroupTaskRollup extends SlotRollup {
  taskId: string;
  number: number;
  title: string;
  periodLabel: string;
}

const TASKS_SHOWN = 200;

export async function listGroupTaskRollups(tx: Tx, tenantId: string, groupId: string): Promise<GroupTaskRollup[]> {
  return tx.$queryRaw<GroupTaskRollup[]>`
    WITH latest AS (
      SELECT DISTINCT ON (s.task_id) s.task_id, s.period_id
      FROM report_slots s JOIN reporting_periods p ON p.tenant_id = s.tenant_id AND p.id = s.period_id
      WHERE s.tenant_id = ${tenantId}::uuid AND s.group_unit_id = ${groupId}::uuid
      ORDER BY s.task_id, p.starts_on DESC
    )
    SELECT t.id::text AS "taskId", t.number, t.title, p.label AS "periodLabel",
      ${rollupCountsSql(todayInChina())}
    FROM latest l
    JOIN report_slots s ON s.tenant_id = ${tenantId}::uuid AND s.group_unit_id = ${groupId}::uuid AND s.task_id = l.task_id AND s.period_id = l.period_id
    JOIN tasks t ON t.tenant_id = s.tenant_id AND t.id = s.task_id
    JOIN reporting_periods p ON p.tenant_id = s.tenant_id AND p.id = s.period_id
    GROUP BY t.id, t.number, t.title, t.position, p.label
    ORDER BY t.position
    LIMIT ${TASKS_SHOWN}`;
}
