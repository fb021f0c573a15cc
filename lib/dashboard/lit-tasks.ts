// A leader's first list: the tasks showing a red or yellow light (light-sql.ts,
// the rule every list and count uses), red first, then the nearest deadline.
// The few shown come as task rows with their light and its reason (withLights),
// so they read exactly as in the task list the counts link to. One statement.
import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";
import type { TaskListRow } from "@/lib/plans/queries/list-tasks";
import { TASK_ROW_COLUMNS, toTaskListRow, type TaskRowSql } from "@/lib/plans/queries/task-rows-sql";
import { taskLightSql } from "@/lib/supervision/light-sql";
import { mineCondition, type DashboardScope } from "./scope";

/** How many red and yellow tasks the home page lists before linking to the full lists. */
export const LIT_TASKS_SHOWN = 8;

export async function listLitTasks(tx: Tx, scope: DashboardScope, today: Date, limit = LIT_TASKS_SHOWN): Promise<TaskListRow[]> {
  const tenantId = scope.tenantId;
  // The lit tasks' ids in order, then their rows with relations (task-rows-sql.ts) in the same statement.
  const rows = await tx.$queryRaw<TaskRowSql[]>`
    WITH lit AS (
      SELECT x.id, row_number() OVER (ORDER BY x.light = 'red' DESC, x.due_date, x.start_year DESC, x.position, x.id::text) AS n FROM (
        SELECT t.id, ${taskLightSql(today)} AS light, t.due_date, p.start_year, t.position
        FROM tasks t JOIN plans p ON p.tenant_id = t.tenant_id AND p.id = t.plan_id
        WHERE t.tenant_id = ${tenantId}::uuid ${mineCondition(scope)}
      ) x
      WHERE x.light IN ('red', 'yellow')
      ORDER BY n
      LIMIT ${limit}
    )
    SELECT ${TASK_ROW_COLUMNS}
    FROM lit JOIN tasks t ON t.tenant_id = ${tenantId}::uuid AND t.id = lit.id
    JOIN plans p ON p.tenant_id = t.tenant_id AND p.id = t.plan_id
    ORDER BY lit.n`;
  return rows.map((row) => toTaskListRow(row, today));
}
