// The tenant-wide task list behind the dashboard's figures: every filter the
// dashboard groups by (status, leader, lead unit, top-level section, plan,
// overdue slots, 亮灯, 我负责的), so a clicked number lists exactly what it counted.
import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";
import type { Prisma } from "@/lib/generated/prisma/client";
import { pageArgs, toPage, type Page } from "@/lib/pagination";
import { NONE, type TaskListFilter } from "@/lib/plans/display/task-list-filter";
import { todayInChina } from "@/lib/reports/periods";
import { overdueSlotWhere } from "@/lib/reports/slot-status";
import { taskIdsWithLight } from "@/lib/supervision/task-ids-with-light";
import { withLights, type WithLight } from "@/lib/supervision/with-lights";
import { TASK_LIST_SELECT, type TaskListItem } from "./task-select";
import { NO_PRIMARY_UNIT_TASK_WHERE, primaryUnitTaskWhere } from "./primary-unit";

export type TaskListRow = WithLight<TaskListItem>;

export interface TaskListScope {
  tenantId: string;
  /** The caller, for the "mine" filter. */
  userId: string;
}

export async function listTasks(tx: Tx, scope: TaskListScope, filter: TaskListFilter, today: Date = todayInChina()): Promise<Page<TaskListRow>> {
  const { tenantId } = scope;
  const and: Prisma.TaskWhereInput[] = [];
  if (filter.status) and.push({ status: filter.status });
  if (filter.plan) and.push({ planId: filter.plan });
  if (filter.section) and.push({ sectionId: { in: await sectionWithDescendants(tx, tenantId, filter.section) } });
  if (filter.leader === NONE) and.push({ leaders: { none: {} } });
  else if (filter.leader) and.push({ leaders: { some: { personId: filter.leader } } });
  if (filter.role === "lead") {
    if (filter.unit === NONE) and.push(NO_PRIMARY_UNIT_TASK_WHERE);
    else if (filter.unit) and.push(primaryUnitTaskWhere(filter.unit));
  } else if (filter.unit === NONE) and.push({ units: { none: {} } });
  else if (filter.unit) and.push({ units: { some: { orgUnitId: filter.unit } } });
  if (filter.overdue) and.push({ slots: { some: overdueSlotWhere(today) } });
  // 亮灯 is judged in SQL (light-sql.ts), so the total and the pages count only those tasks.
  if (filter.light) and.push({ id: { in: await taskIdsWithLight(tx, tenantId, filter.light, today) } });
  if (filter.mine) and.push({ leaders: { some: { person: { userId: scope.userId } } } });
  if (filter.q) and.push({ OR: [{ title: { contains: filter.q } }, { goal: { contains: filter.q } }] });
  const where: Prisma.TaskWhereInput = { tenantId, AND: and };
  const items = await tx.task.findMany({
    where,
    orderBy: [{ plan: { startYear: "desc" } }, { planId: "asc" }, { position: "asc" }],
    ...pageArgs(filter.page),
    select: TASK_LIST_SELECT,
  });
  const total = await tx.task.count({ where });
  return toPage(await withLights(tx, tenantId, items, today), total, filter.page);
}

/** A section and everything under it (the dashboard groups by top-level section). */
async function sectionWithDescendants(tx: Tx, tenantId: string, sectionId: string): Promise<string[]> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    WITH RECURSIVE d AS (
      SELECT s.id FROM sections s WHERE s.tenant_id = ${tenantId}::uuid AND s.id = ${sectionId}::uuid
      UNION ALL
      SELECT c.id FROM sections c JOIN d ON c.parent_id = d.id WHERE c.tenant_id = ${tenantId}::uuid
    )
    SELECT id::text AS id FROM d`;
  return rows.map((r) => r.id);
}
