// The task page's thread panel (decision 0036), one statement: the five-year
// items this task moves (confirmed links), its suggestions waiting, the annual
// tasks that moved it (when it is a five-year task), and 结转 both ways — the
// task it was carried from (接续自) and the tasks carried from it.
import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";
import { Prisma } from "@/lib/generated/prisma/client";
import type { PlanKind } from "@/lib/generated/prisma/enums";

export interface TaskRef {
  taskId: string;
  number: number;
  title: string;
  planId: string;
  planTitle: string;
  year: number;
}

export interface TaskThread {
  planId: string;
  planKind: PlanKind;
  moves: { targetKind: "task" | "indicator"; targetId: string; targetNumber: number | null; targetTitle: string; planId: string; planTitle: string }[];
  pending: number;
  movedBy: number;
  carriedFrom: TaskRef | null;
  carriedTo: TaskRef[];
}

/** A task and its plan as JSON (a fixed alias pair, never user input). */
const ref = (task: "s" | "c", plan: "sp" | "cp") => {
  const [t, p] = [Prisma.raw(task), Prisma.raw(plan)];
  return Prisma.sql`json_build_object('taskId', ${t}.id, 'number', ${t}.number, 'title', ${t}.title, 'planId', ${p}.id, 'planTitle', ${p}.title, 'year', ${p}.start_year)`;
};

export async function getTaskThread(tx: Tx, tenantId: string, taskId: string): Promise<TaskThread | null> {
  const [row] = await tx.$queryRaw<TaskThread[]>`
    SELECT me.plan_id AS "planId", mp.kind::text AS "planKind",
      COALESCE((
        SELECT json_agg(json_build_object(
            'targetKind', CASE WHEN l.to_task_id IS NULL THEN 'indicator' ELSE 'task' END,
            'targetId', COALESCE(l.to_task_id, l.to_indicator_id), 'targetNumber', ft.number,
            'targetTitle', COALESCE(ft.title, fi.name), 'planId', fp.id, 'planTitle', fp.title) ORDER BY l.confirmed_at, l.id)
        FROM task_links l
        LEFT JOIN tasks ft ON ft.tenant_id = l.tenant_id AND ft.id = l.to_task_id
        LEFT JOIN indicators fi ON fi.tenant_id = l.tenant_id AND fi.id = l.to_indicator_id
        JOIN plans fp ON fp.tenant_id = l.tenant_id AND fp.id = COALESCE(ft.plan_id, fi.plan_id)
        WHERE l.tenant_id = me.tenant_id AND l.from_task_id = me.id AND l.state = 'confirmed'), '[]'::json) AS moves,
      (SELECT count(*)::int FROM task_links l WHERE l.tenant_id = me.tenant_id AND l.from_task_id = me.id AND l.state = 'suggested') AS pending,
      (SELECT count(*)::int FROM task_links l LEFT JOIN indicators vi ON vi.tenant_id = l.tenant_id AND vi.id = l.to_indicator_id
        WHERE l.tenant_id = me.tenant_id AND l.state = 'confirmed' AND (l.to_task_id = me.id OR vi.task_id = me.id)) AS "movedBy",
      (SELECT ${ref("s", "sp")} FROM tasks s JOIN plans sp ON sp.tenant_id = s.tenant_id AND sp.id = s.plan_id
        WHERE s.tenant_id = me.tenant_id AND s.id = me.carried_from_task_id) AS "carriedFrom",
      COALESCE((SELECT json_agg(${ref("c", "cp")} ORDER BY cp.start_year, c.id) FROM tasks c JOIN plans cp ON cp.tenant_id = c.tenant_id AND cp.id = c.plan_id
        WHERE c.tenant_id = me.tenant_id AND c.carried_from_task_id = me.id), '[]'::json) AS "carriedTo"
    FROM tasks me JOIN plans mp ON mp.tenant_id = me.tenant_id AND mp.id = me.plan_id
    WHERE me.tenant_id = ${tenantId}::uuid AND me.id = ${taskId}::uuid`;
  return row ?? null;
}
