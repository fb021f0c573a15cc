// The headline: tasks by status, completed share, overdue report slots — now
// and as they stood when the current quarter began — in one statement.
//
// "As they stood" is reconstructed from history, over today's tasks and slots:
// - a task's status then is its last task_status_events row before the
//   quarter began, else not_started (tasks created since count as not_started
//   then, so a newly imported plan shows no change rather than a jump);
// - a slot was overdue then if it existed, was due before the quarter began,
//   and its report's last report_events row before then was not a submission
//   (no report, draft or returned). A slot's status always moves together with
//   a report event (write-report, review-report), so for a slot whose report
//   has no event since the quarter began its status then is its status now:
//   only the few slots touched this quarter need the history lookup, not every
//   slot of three years (47 → 11 ms for a district of 6 444 slots, bench/).
//   Approximation: slots and reports deleted since are not counted.
import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";
import type { TaskStatus } from "@/lib/generated/prisma/enums";
import { isoDay, type DashboardDates } from "./dates";
import { mineCondition, type DashboardScope } from "./scope";
import { TASK_STATUSES } from "@/lib/vocabulary";
import { completedShare, type StatusCounts } from "./status-counts";

export interface Headline {
  now: HeadlineFigures;
  /** At the start of the current quarter. */
  then: HeadlineFigures;
}

export interface HeadlineFigures {
  counts: StatusCounts;
  completedShare: number;
  overdueSlots: number;
  /** Tasks with at least one overdue slot (what the task list's overdue filter shows). */
  overdueTasks: number;
}

type Row = { key: string; now: bigint; then: bigint };

export async function getHeadline(tx: Tx, scope: DashboardScope, dates: DashboardDates): Promise<Headline> {
  const tenantId = scope.tenantId;
  const since = dates.quarterStartInstant.toISOString();
  const rows = await tx.$queryRaw<Row[]>`
    WITH scoped AS (
      SELECT t.id, t.status FROM tasks t WHERE t.tenant_id = ${tenantId}::uuid ${mineCondition(scope)}
    ), past AS MATERIALIZED (
      SELECT s.id, coalesce((
        SELECT e.to_status FROM task_status_events e
        WHERE e.tenant_id = ${tenantId}::uuid AND e.task_id = s.id AND e.created_at < ${since}::timestamptz
        ORDER BY e.created_at DESC, e.id DESC LIMIT 1), 'not_started') AS status
      FROM scoped s
    ), overdue_now AS (
      SELECT sl.id, sl.task_id FROM report_slots sl JOIN scoped s ON s.id = sl.task_id
      WHERE sl.tenant_id = ${tenantId}::uuid AND sl.status IN ('open', 'draft', 'returned') AND sl.due_on < ${isoDay(dates.today)}::date
    ), touched_since AS MATERIALIZED (
      SELECT DISTINCT r.slot_id FROM report_events e JOIN reports r ON r.tenant_id = e.tenant_id AND r.id = e.report_id
      WHERE e.tenant_id = ${tenantId}::uuid AND e.created_at >= ${since}::timestamptz
    ), overdue_then AS (
      SELECT sl.id, sl.task_id FROM report_slots sl JOIN scoped s ON s.id = sl.task_id
      WHERE sl.tenant_id = ${tenantId}::uuid AND sl.due_on < ${isoDay(dates.quarterStart)}::date AND sl.created_at < ${since}::timestamptz
        AND CASE WHEN sl.id IN (SELECT slot_id FROM touched_since) THEN coalesce((
          SELECT e.to_status::text FROM report_events e JOIN reports r ON r.tenant_id = e.tenant_id AND r.id = e.report_id
          WHERE r.tenant_id = ${tenantId}::uuid AND r.slot_id = sl.id AND e.created_at < ${since}::timestamptz
          ORDER BY e.created_at DESC, e.id DESC LIMIT 1), 'draft') IN ('draft', 'returned')
        ELSE sl.status IN ('open', 'draft', 'returned') END
    )
    SELECT k.status::text AS key,
      (SELECT count(*) FROM scoped WHERE status = k.status) AS now,
      (SELECT count(*) FROM past WHERE status = k.status) AS then
    FROM unnest(enum_range(NULL::"TaskStatus")) AS k(status)
    UNION ALL SELECT 'overdue_slots', (SELECT count(*) FROM overdue_now), (SELECT count(*) FROM overdue_then)
    UNION ALL SELECT 'overdue_tasks', (SELECT count(DISTINCT task_id) FROM overdue_now), (SELECT count(DISTINCT task_id) FROM overdue_then)`;
  const value = (key: string, at: "now" | "then") => Number(rows.find((r) => r.key === key)?.[at] ?? 0);
  const figures = (at: "now" | "then"): HeadlineFigures => {
    const counts = Object.fromEntries(TASK_STATUSES.map((s) => [s, value(s, at)])) as Record<TaskStatus, number>;
    const all: StatusCounts = { ...counts, total: TASK_STATUSES.reduce((n, s) => n + counts[s], 0) };
    return { counts: all, completedShare: completedShare(all), overdueSlots: value("overdue_slots", at), overdueTasks: value("overdue_tasks", at) };
  };
  return { now: figures("now"), then: figures("then") };
}
