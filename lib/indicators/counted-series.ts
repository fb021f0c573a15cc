// The counted values of some indicators over time, each with its source: the
// indicator page's chart and table across years and plans (decision 0035).
// One query whatever the number of indicators: the series comes from
// countedValuesSql, so a confirmed indicator shows its bureau's values for its
// definition, entered on any plan's same-definition indicator.
import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";
import { Prisma } from "@/lib/generated/prisma/client";
import { countedValuesSql } from "./counted-values-sql";
import { toValueSource, valueSourceColumns, valueSourceJoins, type ValueSource } from "./value-source-sql";

export interface CountedValue {
  asOf: Date;
  value: number;
  /** Another approved value for the same definition and date differs (the earlier counts until resolved). */
  conflict: boolean;
  source: ValueSource;
}

type Row = ValueSource & { indicatorId: string; asOf: Date; value: number; conflict: boolean };

/** Oldest date first, per indicator id. */
export async function getCountedSeries(tx: Tx, tenantId: string, indicatorIds: string[]): Promise<Map<string, CountedValue[]>> {
  const out = new Map<string, CountedValue[]>();
  if (indicatorIds.length === 0) return out;
  const rows = await tx.$queryRaw<Row[]>`
    SELECT i.id::text AS "indicatorId", c.as_of AS "asOf", c.value::float8 AS value, c.conflict, ${valueSourceColumns("c")}
    FROM indicators i
    JOIN LATERAL (${countedValuesSql("i")}) c ON true
    ${valueSourceJoins("c", Prisma.sql`i.tenant_id`)}
    WHERE i.tenant_id = ${tenantId}::uuid AND i.id = ANY(${indicatorIds}::uuid[])
    ORDER BY i.id, c.as_of`;
  for (const r of rows) {
    const list = out.get(r.indicatorId) ?? [];
    list.push({ asOf: r.asOf, value: r.value, conflict: r.conflict, source: toValueSource(r) });
    out.set(r.indicatorId, list);
  }
  return out;
}
