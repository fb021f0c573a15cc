// A plan's leaders by their tasks' 亮灯 (lib/supervision/light.ts): one query
// for the rows, the rule in TypeScript (it is the rule every other list uses),
// then counts per leader. The plan's own counts are countTaskLights's (SQL).
import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";
import type { TaskStatus } from "@/lib/generated/prisma/enums";
import { taskLight, type LightTask } from "@/lib/supervision/light";
import { TASK_STATUSES } from "@/lib/vocabulary";
import { byName } from "./rank";

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

const emptyStatusCounts = () => Object.fromEntries(TASK_STATUSES.map((s) => [s, 0])) as Record<TaskStatus, number>;

export async function readLeaderStandings(tx: Tx, tenantId: string, planId: string, today: Date, dueSoonDays: number): Promise<LeaderStanding[]> {
  const rows = await tx.$queryRaw<(TaskRow & { startYear: number })[]>`
    SELECT t.status::text AS status, t.progress, t.due_date AS "dueDate", t.ongoing, t.closed_at AS "closedAt", pl.start_year AS "startYear",
      coalesce((SELECT json_agg(json_build_object('id', p.id, 'name', p.name))
        FROM task_leaders tl JOIN people p ON p.tenant_id = tl.tenant_id AND p.id = tl.person_id
        WHERE tl.tenant_id = t.tenant_id AND tl.task_id = t.id), '[]'::json) AS leaders
    FROM tasks t JOIN plans pl ON pl.tenant_id = t.tenant_id AND pl.id = t.plan_id
    WHERE t.tenant_id = ${tenantId}::uuid AND t.plan_id = ${planId}::uuid`;
  const leaders = new Map<string, LeaderStanding>();
  for (const row of rows) {
    const { light } = taskLight(row, row.startYear, today, dueSoonDays);
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
  return ordered;
}
