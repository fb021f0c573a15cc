// A plan's tasks judged by the one 亮灯 rule (lib/supervision/light.ts), with
// their leaders: one query for the rows, the rule in TypeScript (it is the
// rule every other list uses), then counts for the plan and per leader.
import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";
import type { TaskStatus } from "@/lib/generated/prisma/enums";
import { taskLight, type LightTask } from "@/lib/supervision/light";
import { TASK_LIGHTS, TASK_STATUSES, type TaskLight } from "@/lib/vocabulary";
import { byName } from "./rank";

export type LightCounts = Record<TaskLight, number>;

export interface LeaderStanding {
  id: string;
  name: string;
  total: number;
  byStatus: Record<TaskStatus, number>;
  red: number;
  yellow: number;
}

interface TaskRow extends LightTask {
  leaders: { id: string; name: string }[];
}

export const emptyLightCounts = (): LightCounts => Object.fromEntries(TASK_LIGHTS.map((l) => [l, 0])) as LightCounts;
const emptyStatusCounts = () => Object.fromEntries(TASK_STATUSES.map((s) => [s, 0])) as Record<TaskStatus, number>;

export async function readTaskLights(
  tx: Tx,
  tenantId: string,
  planId: string,
  today: Date,
  dueSoonDays: number,
): Promise<{ lights: LightCounts; leaders: LeaderStanding[] }> {
  const rows = await tx.$queryRaw<(TaskRow & { startYear: number })[]>`
    SELECT t.status::text AS status, t.progress, t.due_date AS "dueDate", t.ongoing, t.closed_at AS "closedAt", pl.start_year AS "startYear",
      coalesce((SELECT json_agg(json_build_object('id', p.id, 'name', p.name))
        FROM task_leaders tl JOIN people p ON p.tenant_id = tl.tenant_id AND p.id = tl.person_id
        WHERE tl.tenant_id = t.tenant_id AND tl.task_id = t.id), '[]'::json) AS leaders
    FROM tasks t JOIN plans pl ON pl.tenant_id = t.tenant_id AND pl.id = t.plan_id
    WHERE t.tenant_id = ${tenantId}::uuid AND t.plan_id = ${planId}::uuid`;
  const lights = emptyLightCounts();
  const leaders = new Map<string, LeaderStanding>();
  for (const row of rows) {
    const { light } = taskLight(row, row.startYear, today, dueSoonDays);
    lights[light]++;
    for (const person of row.leaders) {
      const standing = leaders.get(person.id) ?? { ...person, total: 0, byStatus: emptyStatusCounts(), red: 0, yellow: 0 };
      standing.total++;
      standing.byStatus[row.status]++;
      if (light === "red") standing.red++;
      if (light === "yellow") standing.yellow++;
      leaders.set(person.id, standing);
    }
  }
  // Who most needs attention first: red, then yellow, then by name.
  const ordered = [...leaders.values()].sort((a, b) => b.red - a.red || b.yellow - a.yellow || byName(a, b));
  return { lights, leaders: ordered };
}
