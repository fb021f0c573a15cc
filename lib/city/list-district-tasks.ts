// A district's tasks for the city's drill-down, red first, then yellow, then
// the rest (green, ongoing, done), nearest deadline first within a light. The
// light is light-sql.ts's (the district's own due_soon_days), judged in SQL so
// the filter, the order, the page and the total agree; the page's rows then
// come as the task list's rows with their light and its reason (withLights).
import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";
import { Prisma } from "@/lib/generated/prisma/client";
import { PAGE_SIZE, toPage, type Page } from "@/lib/pagination";
import type { TaskListRow } from "@/lib/plans/queries/list-tasks";
import { TASK_LIST_SELECT } from "@/lib/plans/queries/task-select";
import { taskLightSql } from "@/lib/supervision/light-sql";
import { withLights } from "@/lib/supervision/with-lights";
import type { DistrictTaskFilter } from "./district-task-filter";

const LIGHT_ORDER = Prisma.sql`CASE x.light WHEN 'red' THEN 0 WHEN 'yellow' THEN 1 WHEN 'green' THEN 2 WHEN 'none' THEN 3 ELSE 4 END`;

export async function listDistrictTasks(tx: Tx, tenantId: string, filter: DistrictTaskFilter, today: Date): Promise<Page<TaskListRow>> {
  const rows = await tx.$queryRaw<{ id: string; total: number }[]>`
    SELECT x.id, count(*) OVER ()::int AS total FROM (
      SELECT t.id::text AS id, ${taskLightSql(today)} AS light, t.due_date, p.start_year, t.position
      FROM tasks t JOIN plans p ON p.tenant_id = t.tenant_id AND p.id = t.plan_id
      WHERE t.tenant_id = ${tenantId}::uuid
        ${filter.status ? Prisma.sql`AND t.status::text = ${filter.status}` : Prisma.empty}
        ${filter.plan ? Prisma.sql`AND t.plan_id = ${filter.plan}::uuid` : Prisma.empty}
    ) x
    ${filter.light ? Prisma.sql`WHERE x.light = ${filter.light}` : Prisma.empty}
    ORDER BY ${LIGHT_ORDER}, x.due_date NULLS LAST, x.start_year DESC, x.position, x.id
    LIMIT ${PAGE_SIZE} OFFSET ${(filter.page - 1) * PAGE_SIZE}`;
  const ids = rows.map((r) => r.id);
  const total = rows[0]?.total ?? (filter.page > 1 ? await countAll(tx, tenantId, filter, today) : 0);
  if (ids.length === 0) return toPage([], total, filter.page);
  const tasks = await tx.task.findMany({ where: { tenantId, id: { in: ids } }, select: TASK_LIST_SELECT });
  const order = new Map(ids.map((id, i) => [id, i]));
  tasks.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  return toPage(await withLights(tx, tenantId, tasks, today), total, filter.page);
}

/** Only for a page past the end, where the window count has no row to ride on. */
async function countAll(tx: Tx, tenantId: string, filter: DistrictTaskFilter, today: Date): Promise<number> {
  const [row] = await tx.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM tasks t JOIN plans p ON p.tenant_id = t.tenant_id AND p.id = t.plan_id
    WHERE t.tenant_id = ${tenantId}::uuid
      ${filter.status ? Prisma.sql`AND t.status::text = ${filter.status}` : Prisma.empty}
      ${filter.plan ? Prisma.sql`AND t.plan_id = ${filter.plan}::uuid` : Prisma.empty}
      ${filter.light ? Prisma.sql`AND ${taskLightSql(today)} = ${filter.light}` : Prisma.empty}`;
  return row?.n ?? 0;
}
