// The task list's filter as a SQL condition over `tasks t JOIN plans p`: every
// filter the dashboard groups by, written as the dashboard's own SQL writes
// it (primary unit, 亮灯, 我负责的, overdue slots), so a clicked number and the
// list behind it count the same tasks.
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { type TaskListFilter } from "@/lib/plans/display/task-list-filter";
import { NONE } from "@/lib/plans/display/task-list-href";
import { overdueSlotSql } from "@/lib/reports/queries/overdue-slot-sql";
import { mineCondition } from "@/lib/dashboard/scope";
import { taskLightSql } from "@/lib/supervision/light-sql";
import { PRIMARY_TASK_UNIT_SQL } from "./primary-unit";

const leaderOf = Prisma.sql`SELECT 1 FROM task_leaders tl WHERE tl.tenant_id = t.tenant_id AND tl.task_id = t.id`;
const unitOf = Prisma.sql`SELECT 1 FROM task_units tu WHERE tu.tenant_id = t.tenant_id AND tu.task_id = t.id`;

export function taskListWhereSql(tenantId: string, userId: string, filter: TaskListFilter, today: Date): Prisma.Sql {
  const and: Prisma.Sql[] = [Prisma.sql`t.tenant_id = ${tenantId}::uuid`];
  if (filter.status) and.push(Prisma.sql`t.status = ${filter.status}::"TaskStatus"`);
  if (filter.plan) and.push(Prisma.sql`t.plan_id = ${filter.plan}::uuid`);
  // The section and everything under it (the dashboard groups by top-level section).
  if (filter.section)
    and.push(Prisma.sql`t.section_id IN (WITH RECURSIVE d AS (
      SELECT s.id FROM sections s WHERE s.tenant_id = ${tenantId}::uuid AND s.id = ${filter.section}::uuid
      UNION ALL
      SELECT c.id FROM sections c JOIN d ON c.parent_id = d.id WHERE c.tenant_id = ${tenantId}::uuid) SELECT id FROM d)`);
  if (filter.leader === NONE) and.push(Prisma.sql`NOT EXISTS (${leaderOf})`);
  else if (filter.leader) and.push(Prisma.sql`EXISTS (${leaderOf} AND tl.person_id = ${filter.leader}::uuid)`);
  if (filter.role === "lead") {
    if (filter.unit === NONE) and.push(Prisma.sql`NOT EXISTS (${unitOf} AND tu.role IN ('lead', 'responsible'))`);
    else if (filter.unit) and.push(Prisma.sql`EXISTS (${unitOf} AND tu.org_unit_id = ${filter.unit}::uuid AND ${PRIMARY_TASK_UNIT_SQL})`);
  } else if (filter.unit === NONE) and.push(Prisma.sql`NOT EXISTS (${unitOf})`);
  else if (filter.unit) and.push(Prisma.sql`EXISTS (${unitOf} AND tu.org_unit_id = ${filter.unit}::uuid)`);
  if (filter.overdue)
    and.push(Prisma.sql`EXISTS (SELECT 1 FROM report_slots s WHERE s.tenant_id = t.tenant_id AND s.task_id = t.id AND ${overdueSlotSql(today)})`);
  if (filter.light) and.push(Prisma.sql`${taskLightSql(today)} = ${filter.light}`);
  if (filter.mine) and.push(Prisma.sql`TRUE ${mineCondition({ tenantId, mineUserId: userId })}`);
  // A plain substring, as Prisma's `contains` on title or goal.
  if (filter.q) and.push(Prisma.sql`(strpos(t.title, ${filter.q}) > 0 OR strpos(t.goal, ${filter.q}) > 0)`);
  return Prisma.join(and, " AND ");
}
