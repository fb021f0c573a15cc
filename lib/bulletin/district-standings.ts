// The districts of a city's bulletin for a calendar quarter, read through the
// city's child path (withChildTenants: the children from the tenant hierarchy,
// read-only). Two statements for all districts, whatever their number:
// - per district: its report slots due in the quarter (on time and overdue as
//   lib/bulletin/on-time.ts defines them) and its tasks, done (已完成 or 销号)
//   or not — the tasks' state today, as the bulletin is written today;
// - every task's light inputs with its district's due_soon_days, judged by the
//   one 亮灯 rule in TypeScript, counted red / yellow per district.
import "server-only";
import { isoDay } from "@/lib/dashboard/dates";
import type { ChildTenant, Tx } from "@/lib/db/tenant-scope";
import { DEFAULT_DUE_SOON_DAYS, taskLight, type LightTask } from "@/lib/supervision/light";
import { DONE_TASK, ON_TIME_SLOT, overdueSlot } from "./on-time";
import type { Quarter } from "./quarter";

export interface DistrictCounts {
  id: string;
  code: string;
  name: string;
  slots: number;
  onTime: number;
  overdue: number;
  tasks: number;
  done: number;
  red: number;
  yellow: number;
}

type CountRow = Pick<DistrictCounts, "id" | "slots" | "onTime" | "overdue" | "tasks" | "done">;
type LightRow = LightTask & { tenantId: string; startYear: number; dueSoonDays: number | null };

export async function readDistrictCounts(tx: Tx, children: ChildTenant[], quarter: Quarter, today: Date): Promise<DistrictCounts[]> {
  if (children.length === 0) return [];
  // The filters name the children explicitly: the transaction also sees the city's own tenant.
  const ids = children.map((c) => c.id);
  const counts = await tx.$queryRaw<CountRow[]>`
    WITH slot_counts AS (
      SELECT sl.tenant_id, count(*)::int AS slots,
        (count(*) FILTER (WHERE ${ON_TIME_SLOT}))::int AS on_time,
        (count(*) FILTER (WHERE ${overdueSlot(today)}))::int AS overdue
      FROM report_slots sl
      LEFT JOIN reports r ON r.tenant_id = sl.tenant_id AND r.slot_id = sl.id
      WHERE sl.tenant_id = ANY(${ids}::uuid[]) AND sl.due_on BETWEEN ${isoDay(quarter.startsOn)}::date AND ${isoDay(quarter.endsOn)}::date
      GROUP BY sl.tenant_id
    ),
    task_counts AS (
      SELECT t.tenant_id, count(*)::int AS tasks, (count(*) FILTER (WHERE ${DONE_TASK}))::int AS done
      FROM tasks t WHERE t.tenant_id = ANY(${ids}::uuid[]) GROUP BY t.tenant_id
    )
    SELECT c.id::text AS id, coalesce(s.slots, 0) AS slots, coalesce(s.on_time, 0) AS "onTime", coalesce(s.overdue, 0) AS overdue,
      coalesce(k.tasks, 0) AS tasks, coalesce(k.done, 0) AS done
    FROM unnest(${ids}::uuid[]) AS c(id)
    LEFT JOIN slot_counts s ON s.tenant_id = c.id
    LEFT JOIN task_counts k ON k.tenant_id = c.id`;
  const lights = await tx.$queryRaw<LightRow[]>`
    SELECT t.tenant_id::text AS "tenantId", t.status::text AS status, t.progress, t.due_date AS "dueDate", t.ongoing, t.closed_at AS "closedAt",
      pl.start_year AS "startYear", ss.due_soon_days AS "dueSoonDays"
    FROM tasks t
    JOIN plans pl ON pl.tenant_id = t.tenant_id AND pl.id = t.plan_id
    LEFT JOIN supervision_settings ss ON ss.tenant_id = t.tenant_id
    WHERE t.tenant_id = ANY(${ids}::uuid[]) AND t.status <> 'completed' AND t.closed_at IS NULL`;
  const red = new Map<string, number>();
  const yellow = new Map<string, number>();
  for (const row of lights) {
    const { light } = taskLight(row, row.startYear, today, row.dueSoonDays ?? DEFAULT_DUE_SOON_DAYS);
    const tally = light === "red" ? red : light === "yellow" ? yellow : null;
    tally?.set(row.tenantId, (tally.get(row.tenantId) ?? 0) + 1);
  }
  const byId = new Map(counts.map((c) => [c.id, c]));
  return children.map((child) => {
    const c = byId.get(child.id)!;
    return { ...child, ...c, red: red.get(child.id) ?? 0, yellow: yellow.get(child.id) ?? 0 };
  });
}
