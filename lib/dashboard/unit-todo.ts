// A unit reporter's home: what their unit still owes, counted in one
// statement. 待填报, 被退回 and 逾期 use the reporting definitions
// (slot-status.ts, overdue-slot-sql.ts), so they equal the tabs of /reports;
// the next deadline is the earliest unsubmitted slot not yet overdue.
import "server-only";
import type { TenantSession } from "@/lib/auth/session";
import type { Tx } from "@/lib/db/tenant-scope";
import { Prisma } from "@/lib/generated/prisma/client";
import { todayInChina } from "@/lib/reports/periods";
import { overdueSlotSql } from "@/lib/reports/queries/overdue-slot-sql";
import { slotScopeFor } from "@/lib/reports/reporter-scope";
import { UNSUBMITTED_SLOT_STATUSES } from "@/lib/reports/slot-status";

export interface UnitTodo {
  unitName: string;
  todo: number;
  returned: number;
  overdue: number;
  next: { slotId: string; dueOn: Date; taskTitle: string; periodLabel: string } | null;
}

interface Row {
  unitName: string;
  todo: number;
  returned: number;
  overdue: number;
  nextSlotId: string | null;
  nextDueOn: Date | null;
  nextTaskTitle: string | null;
  nextPeriodLabel: string | null;
}

/** Null for a caller who sees every unit (no unit of their own), or whose unit is not found: nothing to count. */
export async function getUnitTodo(tx: Tx, session: TenantSession, today: Date = todayInChina()): Promise<UnitTodo | null> {
  const tenantId = session.tenant.tenantId;
  const unitId = slotScopeFor(session).orgUnitId;
  if (!unitId) return null;
  const mine = Prisma.sql`s.tenant_id = ${tenantId}::uuid AND s.org_unit_id = ${unitId}::uuid`;
  const unsubmitted = Prisma.sql`s.status::text = ANY(${UNSUBMITTED_SLOT_STATUSES})`;
  const [row] = await tx.$queryRaw<Row[]>`
    SELECT u.name AS "unitName", c.todo, c.returned, c.overdue,
      n.id AS "nextSlotId", n.due_on AS "nextDueOn", n.title AS "nextTaskTitle", n.label AS "nextPeriodLabel"
    FROM org_units u
    CROSS JOIN (
      SELECT count(*) FILTER (WHERE ${unsubmitted})::int AS todo,
        count(*) FILTER (WHERE s.status = 'returned')::int AS returned,
        count(*) FILTER (WHERE ${overdueSlotSql(today)})::int AS overdue
      FROM report_slots s WHERE ${mine}
    ) c
    LEFT JOIN LATERAL (
      SELECT s.id::text AS id, s.due_on, t.title, p.label
      FROM report_slots s
      JOIN tasks t ON t.tenant_id = s.tenant_id AND t.id = s.task_id
      JOIN reporting_periods p ON p.tenant_id = s.tenant_id AND p.id = s.period_id
      WHERE ${mine} AND ${unsubmitted} AND s.due_on >= ${today}::date
      ORDER BY s.due_on, t.position, s.id LIMIT 1
    ) n ON true
    WHERE u.tenant_id = ${tenantId}::uuid AND u.id = ${unitId}::uuid`;
  if (!row) return null;
  const next =
    row.nextSlotId && row.nextDueOn
      ? { slotId: row.nextSlotId, dueOn: row.nextDueOn, taskTitle: row.nextTaskTitle ?? "", periodLabel: row.nextPeriodLabel ?? "" }
      : null;
  return { unitName: row.unitName, todo: row.todo, returned: row.returned, overdue: row.overdue, next };
}
