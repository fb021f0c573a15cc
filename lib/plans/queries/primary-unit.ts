// 主责单位, the unit a task's progress is asked of: its lead units (牵头单位),
// or, where the plan names no lead unit for the task, its responsible units
// (责任单位). Work-points documents such as 金凤's name only 责任单位, and a
// breakdown by lead unit alone put every one of their tasks under "no unit".
// The dashboard's grouping and the task list's filter (both SQL) and the
// report period's check (Prisma) are written here so their counts cannot drift apart.
import { Prisma } from "@/lib/generated/prisma/client";

/** Tasks naming neither a lead nor a responsible unit. */
export const NO_PRIMARY_UNIT_TASK_WHERE: Prisma.TaskWhereInput = { units: { none: { role: { in: ["lead", "responsible"] } } } };

/** SQL join condition selecting the primary task_units rows (alias `tu`) of task `t`. */
export const PRIMARY_TASK_UNIT_SQL = Prisma.sql`(tu.role = 'lead' OR (tu.role = 'responsible' AND NOT EXISTS (
  SELECT 1 FROM task_units pl WHERE pl.tenant_id = t.tenant_id AND pl.task_id = t.id AND pl.role = 'lead')))`;
