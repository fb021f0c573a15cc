// Each district's overall task completion and on-time reporting for the city
// home and the comparison: one statement of aggregates grouped by tenant_id
// inside the city's read-only child transaction, so the cost does not grow
// with the number of districts. On time: lib/bulletin/on-time.ts, over the
// slots already judged (reported-slot-sql.ts).
import "server-only";
import type { TenantSession } from "@/lib/auth/session";
import { withChildTenants, type ChildTenant, type Tx } from "@/lib/db/tenant-scope";
import { todayInChina } from "@/lib/reports/periods";
import { taskLightSql } from "@/lib/supervision/light-sql";
import { ON_TIME_SLOT, overdueSlot } from "@/lib/bulletin/on-time";
import { judgedSlotSql } from "./reported-slot-sql";

export interface DistrictCompletion {
  tenant: { code: string; name: string };
  total: number;
  completed: number;
  delayed: number;
  /** 亮灯 红灯 / 黄灯, each district under its own bureau's N (light-sql.ts). */
  red: number;
  yellow: number;
  /** completed / total, 0..1; null when the district has no tasks (not 0%). */
  share: number | null;
  /** Report slots already judged (due date passed, or submitted on time), those submitted on time, and those overdue now. */
  slots: number;
  onTime: number;
  overdue: number;
  /** onTime / slots, 0..1; null without a judged slot. */
  onTimeShare: number | null;
}

type Row = { tenantId: string; total: number; completed: number; delayed: number; red: number; yellow: number; slots: number; onTime: number; overdue: number };

export async function getDistrictCompletion(session: TenantSession): Promise<DistrictCompletion[]> {
  return withChildTenants(session, readDistrictCompletion);
}

/** Inside a withChildTenants transaction (the city home reads this and the comparisons in one). */
export async function readDistrictCompletion(tx: Tx, children: ChildTenant[], today: Date = todayInChina()): Promise<DistrictCompletion[]> {
  if (children.length === 0) return [];
  // The filter names the children explicitly: the transaction also sees the city's own tenant.
  const ids = children.map((c) => c.id);
  const rows = await tx.$queryRaw<Row[]>`
    WITH task_counts AS (
      SELECT t.tenant_id, count(*)::int AS total,
        (count(*) FILTER (WHERE t.status = 'completed'))::int AS completed,
        (count(*) FILTER (WHERE t.status = 'delayed'))::int AS delayed,
        (count(*) FILTER (WHERE ${taskLightSql(today)} = 'red'))::int AS red,
        (count(*) FILTER (WHERE ${taskLightSql(today)} = 'yellow'))::int AS yellow
      FROM tasks t JOIN plans p ON p.tenant_id = t.tenant_id AND p.id = t.plan_id
      WHERE t.tenant_id = ANY(${ids}::uuid[])
      GROUP BY t.tenant_id
    ),
    slot_counts AS (
      SELECT sl.tenant_id, (count(*) FILTER (WHERE ${judgedSlotSql(today)}))::int AS slots,
        (count(*) FILTER (WHERE ${ON_TIME_SLOT}))::int AS on_time,
        (count(*) FILTER (WHERE ${overdueSlot(today)}))::int AS overdue
      FROM report_slots sl
      LEFT JOIN reports r ON r.tenant_id = sl.tenant_id AND r.slot_id = sl.id
      WHERE sl.tenant_id = ANY(${ids}::uuid[])
      GROUP BY sl.tenant_id
    )
    SELECT c.id::text AS "tenantId", coalesce(k.total, 0) AS total, coalesce(k.completed, 0) AS completed,
      coalesce(k.delayed, 0) AS delayed, coalesce(k.red, 0) AS red, coalesce(k.yellow, 0) AS yellow,
      coalesce(s.slots, 0) AS slots, coalesce(s.on_time, 0) AS "onTime", coalesce(s.overdue, 0) AS overdue
    FROM unnest(${ids}::uuid[]) AS c(id)
    LEFT JOIN task_counts k ON k.tenant_id = c.id
    LEFT JOIN slot_counts s ON s.tenant_id = c.id`;
  const byTenant = new Map(rows.map((r) => [r.tenantId, r]));
  return children.map((child) => {
    const r = byTenant.get(child.id);
    const total = r?.total ?? 0;
    const completed = r?.completed ?? 0;
    return {
      tenant: { code: child.code, name: child.name },
      total,
      completed,
      delayed: r?.delayed ?? 0,
      red: r?.red ?? 0,
      yellow: r?.yellow ?? 0,
      share: total > 0 ? completed / total : null,
      slots: r?.slots ?? 0,
      onTime: r?.onTime ?? 0,
      overdue: r?.overdue ?? 0,
      onTimeShare: r && r.slots > 0 ? r.onTime / r.slots : null,
    };
  });
}
