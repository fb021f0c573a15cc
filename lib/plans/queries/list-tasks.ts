// The tenant-wide task list behind the dashboard's figures: every filter the
// dashboard groups by (status, leader, lead unit, top-level section, plan,
// overdue slots, 亮灯, 我负责的), so a clicked number lists exactly what it counted.
import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";
import type { Prisma } from "@/lib/generated/prisma/client";
import { PAGE_SIZE, pageArgs, toPage, type Page } from "@/lib/pagination";
import type { TaskListFilter } from "@/lib/plans/display/task-list-filter";
import { todayInChina } from "@/lib/reports/periods";
import type { WithLight } from "@/lib/supervision/with-lights";
import { taskListWhereSql } from "./task-list-where-sql";
import { TASK_ROW_COLUMNS, toTaskListRow, type TaskRowSql } from "./task-rows-sql";
import type { TaskListItem } from "./task-select";

export type TaskListRow = WithLight<TaskListItem>;

export interface TaskListScope {
  tenantId: string;
  /** The caller, for the "mine" filter. */
  userId: string;
}

export async function listTasks(
  tx: Tx,
  scope: TaskListScope,
  filter: TaskListFilter,
  today: Date = todayInChina(),
  pageSize = PAGE_SIZE,
): Promise<Page<TaskListRow>> {
  const where = taskListWhereSql(scope.tenantId, scope.userId, filter, today);
  const { skip, take } = pageArgs(filter.page, pageSize);
  // One statement: the page's ids in the list's order with the filter's total
  // beside them (counted before LIMIT), then each row with its relations.
  const rows = await tx.$queryRaw<(TaskRowSql & { total: number })[]>`
    WITH page AS (
      SELECT t.id, count(*) OVER ()::int AS total
      FROM tasks t JOIN plans p ON p.tenant_id = t.tenant_id AND p.id = t.plan_id
      WHERE ${where}
      ORDER BY p.start_year DESC, t.plan_id, t.position
      LIMIT ${take} OFFSET ${skip}
    )
    SELECT ${TASK_ROW_COLUMNS}, page.total
    FROM page JOIN tasks t ON t.tenant_id = ${scope.tenantId}::uuid AND t.id = page.id
    JOIN plans p ON p.tenant_id = t.tenant_id AND p.id = t.plan_id
    ORDER BY p.start_year DESC, t.plan_id, t.position`;
  const total = rows[0]?.total ?? (skip === 0 ? 0 : await countTasks(tx, where));
  return toPage(
    rows.map(({ total: _, ...row }) => toTaskListRow(row, today)),
    total,
    filter.page,
    pageSize,
  );
}

/** The filter's total when the page asked for lies past its end (no row carries it). */
async function countTasks(tx: Tx, where: Prisma.Sql): Promise<number> {
  const [row] = await tx.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM tasks t JOIN plans p ON p.tenant_id = t.tenant_id AND p.id = t.plan_id WHERE ${where}`;
  return row?.n ?? 0;
}
