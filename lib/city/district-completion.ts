// Each district's overall task completion for the city home: one aggregate
// grouped by tenant_id inside the city's read-only child transaction, so the
// cost does not grow with the number of districts.
import "server-only";
import type { TenantSession } from "@/lib/auth/session";
import { withChildTenants, type ChildTenant, type Tx } from "@/lib/db/tenant-scope";
import { todayInChina } from "@/lib/reports/periods";
import { taskLightSql } from "@/lib/supervision/light-sql";

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
}

export async function getDistrictCompletion(session: TenantSession): Promise<DistrictCompletion[]> {
  return withChildTenants(session, readDistrictCompletion);
}

/** Inside a withChildTenants transaction (the city home reads this and the comparisons in one). */
export async function readDistrictCompletion(tx: Tx, children: ChildTenant[], today: Date = todayInChina()): Promise<DistrictCompletion[]> {
  if (children.length === 0) return [];
  // The filter names the children explicitly: the transaction also sees the city's own tenant.
  const rows = await tx.$queryRaw<{ tenantId: string; total: number; completed: number; delayed: number; red: number; yellow: number }[]>`
      SELECT t.tenant_id::text AS "tenantId", count(*)::int AS total,
        (count(*) FILTER (WHERE t.status = 'completed'))::int AS completed,
        (count(*) FILTER (WHERE t.status = 'delayed'))::int AS delayed,
        (count(*) FILTER (WHERE ${taskLightSql(today)} = 'red'))::int AS red,
        (count(*) FILTER (WHERE ${taskLightSql(today)} = 'yellow'))::int AS yellow
      FROM tasks t JOIN plans p ON p.tenant_id = t.tenant_id AND p.id = t.plan_id
      WHERE t.tenant_id = ANY(${children.map((c) => c.id)}::uuid[])
      GROUP BY t.tenant_id`;
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
    };
  });
}
