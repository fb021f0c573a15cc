// A leader's first list: the tasks showing a red or yellow light (light-sql.ts,
// the rule every list and count uses), red first, then the nearest deadline.
// The few shown come as task rows with their light and its reason (withLights),
// so they read exactly as in the task list the counts link to.
import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";
import { TASK_LIST_SELECT } from "@/lib/plans/queries/task-select";
import type { TaskListRow } from "@/lib/plans/queries/list-tasks";
import { taskLightSql } from "@/lib/supervision/light-sql";
import { withLights } from "@/lib/supervision/with-lights";
import { mineCondition, type DashboardScope } from "./scope";

/** How many red and yellow tasks the home page lists before linking to the full lists. */
export const LIT_TASKS_SHOWN = 8;

export async function listLitTasks(tx: Tx, scope: DashboardScope, today: Date, limit = LIT_TASKS_SHOWN): Promise<TaskListRow[]> {
  const tenantId = scope.tenantId;
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT x.id FROM (
      SELECT t.id::text AS id, ${taskLightSql(today)} AS light, t.due_date, p.start_year, t.position
      FROM tasks t JOIN plans p ON p.tenant_id = t.tenant_id AND p.id = t.plan_id
      WHERE t.tenant_id = ${tenantId}::uuid ${mineCondition(scope)}
    ) x
    WHERE x.light IN ('red', 'yellow')
    ORDER BY x.light = 'red' DESC, x.due_date, x.start_year DESC, x.position, x.id
    LIMIT ${limit}`;
  const ids = rows.map((r) => r.id);
  if (ids.length === 0) return [];
  const tasks = await tx.task.findMany({ where: { tenantId, id: { in: ids } }, select: TASK_LIST_SELECT });
  const order = new Map(ids.map((id, i) => [id, i]));
  tasks.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  return withLights(tx, tenantId, tasks, today);
}
