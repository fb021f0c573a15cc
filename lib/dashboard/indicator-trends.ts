// Counted actuals over time for the trend charts, one query for all listed
// indicators: the same values the headline's "latest" counts
// (counted-values-sql.ts), so a confirmed indicator charts its bureau's
// values for its definition from whichever plan they were reported on.
import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";
import { countedValuesSql } from "@/lib/indicators/counted-values-sql";

export interface TrendPoint {
  asOf: Date;
  value: number;
}

export async function getIndicatorTrends(tx: Tx, tenantId: string, indicatorIds: string[]): Promise<Map<string, TrendPoint[]>> {
  const out = new Map<string, TrendPoint[]>();
  if (indicatorIds.length === 0) return out;
  const rows = await tx.$queryRaw<{ indicatorId: string; asOf: Date; value: number }[]>`
    SELECT i.id::text AS "indicatorId", c.as_of AS "asOf", c.value::float8 AS value
    FROM indicators i
    JOIN LATERAL (${countedValuesSql("i")}) c ON true
    WHERE i.tenant_id = ${tenantId}::uuid AND i.id = ANY(${indicatorIds}::uuid[])
    ORDER BY i.id, c.as_of`;
  for (const r of rows) {
    const list = out.get(r.indicatorId) ?? [];
    list.push({ asOf: r.asOf, value: r.value });
    out.set(r.indicatorId, list);
  }
  return out;
}
