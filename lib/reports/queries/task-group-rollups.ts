// The roll-up (已报 n / m，逾期 k) of every group unit on a set of tasks, for
// the newest period each group has slots in: what the plan page, the task
// lists and the ledger show beside a group such as 各中小学校、幼儿园. One
// aggregate statement whatever the number of tasks or schools. Bureau roles
// only, like the task page's group lines (task-group-slots.ts): a reporter
// never sees a roll-up of other schools' work in progress.
import "server-only";
import type { TenantSession } from "@/lib/auth/session";
import type { Tx } from "@/lib/db/tenant-scope";
import { seesEveryUnit } from "@/lib/reports/reporter-scope";
import { todayInChina } from "@/lib/reports/periods";
import type { SlotRollup } from "@/lib/reports/slot-status";
import { rollupCountsSql } from "./rollup-counts-sql";

export interface GroupRollup extends SlotRollup {
  periodLabel: string;
}

/** taskId → group unit id → its newest period's roll-up. */
export type TaskGroupRollups = Map<string, Map<string, GroupRollup>>;

export async function listTaskGroupRollups(tx: Tx, session: TenantSession, taskIds: string[]): Promise<TaskGroupRollups> {
  const out: TaskGroupRollups = new Map();
  if (taskIds.length === 0 || !seesEveryUnit(session)) return out;
  const tenantId = session.tenant.tenantId;
  const rows = await tx.$queryRaw<(GroupRollup & { taskId: string; groupId: string })[]>`
    WITH latest AS (
      SELECT DISTINCT ON (s.task_id, s.group_unit_id) s.task_id, s.group_unit_id, s.period_id
      FROM report_slots s JOIN reporting_periods p ON p.tenant_id = s.tenant_id AND p.id = s.period_id
      WHERE s.tenant_id = ${tenantId}::uuid AND s.task_id = ANY(${taskIds}::uuid[]) AND s.group_unit_id IS NOT NULL
      ORDER BY s.task_id, s.group_unit_id, p.starts_on DESC
    )
    SELECT l.task_id::text AS "taskId", l.group_unit_id::text AS "groupId", p.label AS "periodLabel",
      ${rollupCountsSql(todayInChina())}
    FROM latest l
    JOIN report_slots s ON s.tenant_id = ${tenantId}::uuid AND s.task_id = l.task_id AND s.group_unit_id = l.group_unit_id AND s.period_id = l.period_id
    JOIN reporting_periods p ON p.tenant_id = s.tenant_id AND p.id = s.period_id
    GROUP BY l.task_id, l.group_unit_id, p.label`;
  for (const { taskId, groupId, ...rollup } of rows) {
    const byGroup = out.get(taskId) ?? new Map<string, GroupRollup>();
    byGroup.set(groupId, rollup);
    out.set(taskId, byGroup);
  }
  return out;
}
