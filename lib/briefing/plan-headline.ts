// One plan's headline for the briefing (简报): tasks by status, completed share,
// overdue report slots and the tasks they belong to. The dashboard's headline
// counts a whole tenant (its scope has no plan), so this is the same count
// restricted to one plan, with the same definitions: STATUS_COUNT_COLUMNS for
// the statuses and overdueSlotWhere's rule (an unsubmitted slot — open, draft,
// returned — due before today, China time) for overdue.
import "server-only";
import { isoDay } from "@/lib/dashboard/dates";
import { completedShare, STATUS_COUNT_COLUMNS, toStatusCounts, type StatusCountColumns, type StatusCounts } from "@/lib/dashboard/status-counts";
import type { Tx } from "@/lib/db/tenant-scope";

export interface PlanHeadline {
  counts: StatusCounts;
  completedShare: number;
  overdueSlots: number;
  /** Tasks with at least one overdue slot. */
  overdueTasks: number;
}

type Row = StatusCountColumns & { overdue_slots: bigint; overdue_tasks: bigint };

/** Filters by tenant AND plan (RLS is the backstop, not the wall). An unknown plan counts zeros. */
export async function getPlanHeadline(tx: Tx, tenantId: string, planId: string, today: Date): Promise<PlanHeadline> {
  const rows = await tx.$queryRaw<Row[]>`
    WITH overdue AS (
      SELECT sl.id, sl.task_id FROM report_slots sl
      JOIN tasks ot ON ot.tenant_id = sl.tenant_id AND ot.id = sl.task_id
      WHERE sl.tenant_id = ${tenantId}::uuid AND ot.plan_id = ${planId}::uuid
        AND sl.status IN ('open', 'draft', 'returned') AND sl.due_on < ${isoDay(today)}::date
    )
    SELECT ${STATUS_COUNT_COLUMNS},
      (SELECT count(*) FROM overdue) AS overdue_slots,
      (SELECT count(DISTINCT task_id) FROM overdue) AS overdue_tasks
    FROM tasks t
    WHERE t.tenant_id = ${tenantId}::uuid AND t.plan_id = ${planId}::uuid`;
  const row = rows[0]!;
  const counts = toStatusCounts(row);
  return { counts, completedShare: completedShare(counts), overdueSlots: Number(row.overdue_slots), overdueTasks: Number(row.overdue_tasks) };
}
