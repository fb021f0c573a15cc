// The units of a plan's bulletin, counted in one statement for all units:
// - slots / on time / overdue: the unit's report slots of the period
//   (lib/bulletin/on-time.ts defines on time and overdue);
// - tasks / done: the plan's tasks the unit carries — linked to it as lead
//   (牵头) or responsible (责任) unit, or reported on by it in any period of
//   the plan (a school reached through a group unit such as 各学校). A
//   cooperating unit (配合) does not carry the task; a group unit itself
//   reports nothing (its members do) and is left out.
import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";
import { DONE_TASK, ON_TIME_SLOT, overdueSlot } from "./on-time";

export interface UnitCounts {
  id: string;
  name: string;
  slots: number;
  onTime: number;
  overdue: number;
  tasks: number;
  done: number;
}

export async function readUnitCounts(tx: Tx, tenantId: string, planId: string, periodId: string, today: Date): Promise<UnitCounts[]> {
  return tx.$queryRaw<UnitCounts[]>`
    WITH carried AS (
      SELECT tu.org_unit_id AS unit_id, tu.task_id FROM task_units tu
      JOIN tasks t ON t.tenant_id = tu.tenant_id AND t.id = tu.task_id
      WHERE tu.tenant_id = ${tenantId}::uuid AND t.plan_id = ${planId}::uuid AND tu.role IN ('lead', 'responsible')
      UNION
      SELECT sl.org_unit_id, sl.task_id FROM report_slots sl
      JOIN reporting_periods p ON p.tenant_id = sl.tenant_id AND p.id = sl.period_id
      WHERE sl.tenant_id = ${tenantId}::uuid AND p.plan_id = ${planId}::uuid
    ),
    task_counts AS (
      SELECT c.unit_id, count(*)::int AS tasks, (count(*) FILTER (WHERE ${DONE_TASK}))::int AS done
      FROM carried c JOIN tasks t ON t.tenant_id = ${tenantId}::uuid AND t.id = c.task_id
      GROUP BY c.unit_id
    ),
    slot_counts AS (
      SELECT sl.org_unit_id AS unit_id, count(*)::int AS slots,
        (count(*) FILTER (WHERE ${ON_TIME_SLOT}))::int AS on_time,
        (count(*) FILTER (WHERE ${overdueSlot(today)}))::int AS overdue
      FROM report_slots sl
      LEFT JOIN reports r ON r.tenant_id = sl.tenant_id AND r.slot_id = sl.id
      WHERE sl.tenant_id = ${tenantId}::uuid AND sl.period_id = ${periodId}::uuid
      GROUP BY sl.org_unit_id
    )
    SELECT u.id::text AS id, u.name,
      coalesce(s.slots, 0) AS slots, coalesce(s.on_time, 0) AS "onTime", coalesce(s.overdue, 0) AS overdue,
      coalesce(k.tasks, 0) AS tasks, coalesce(k.done, 0) AS done
    FROM org_units u
    LEFT JOIN slot_counts s ON s.unit_id = u.id
    LEFT JOIN task_counts k ON k.unit_id = u.id
    WHERE u.tenant_id = ${tenantId}::uuid AND u.kind <> 'group' AND (s.unit_id IS NOT NULL OR k.unit_id IS NOT NULL)`;
}
