// Approved actuals over time for the trend charts, one query for all listed
// indicators. Several approved figures for the same date (two units reporting
// the same indicator) collapse to the newest, as the headline's "latest" does.
import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";

export interface TrendPoint {
  asOf: Date;
  value: number;
}

export async function getIndicatorTrends(tx: Tx, tenantId: string, indicatorIds: string[]): Promise<Map<string, TrendPoint[]>> {
  const out = new Map<string, TrendPoint[]>();
  if (indicatorIds.length === 0) return out;
  const rows = await tx.$queryRaw<{ indicatorId: string; asOf: Date; value: number }[]>`
    SELECT DISTINCT ON (a.indicator_id, a.as_of) a.indicator_id::text AS "indicatorId", a.as_of AS "asOf", a.value::float8 AS value
    FROM indicator_actuals a
    WHERE a.tenant_id = ${tenantId}::uuid AND a.indicator_id = ANY(${indicatorIds}::uuid[]) AND a.review_state = 'approved'
    ORDER BY a.indicator_id, a.as_of, a.created_at DESC, a.id DESC`;
  for (const r of rows) {
    const list = out.get(r.indicatorId) ?? [];
    list.push({ asOf: r.asOf, value: r.value });
    out.set(r.indicatorId, list);
  }
  return out;
}
