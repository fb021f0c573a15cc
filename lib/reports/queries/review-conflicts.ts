// What the reviewer must see before approving (decision 0035): for each
// bureau-level actual of the listed reports on a confirmed indicator, the
// value that already counts for its definition and date when it differs,
// with its source. Approving still works: both stay approved, the earlier
// counts, and the conflict is listed until a reviewer resolves it.
import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";
import { Prisma } from "@/lib/generated/prisma/client";
import { bureauValuesSql } from "@/lib/indicators/counted-values-sql";
import { toValueSource, valueSourceColumns, valueSourceJoins, type ValueSource } from "@/lib/indicators/value-source-sql";

export interface ReviewConflict {
  value: number;
  source: ValueSource;
}

/** Keyed `${reportId}:${indicatorId}`. */
export async function getReviewConflicts(tx: Tx, tenantId: string, reportIds: string[]): Promise<Map<string, ReviewConflict>> {
  if (reportIds.length === 0) return new Map();
  const rows = await tx.$queryRaw<(ValueSource & { key: string; value: number })[]>`
    SELECT x.report_id::text || ':' || x.indicator_id::text AS key, c.value::float8 AS value, ${valueSourceColumns("c")}
    FROM indicator_actuals x
    JOIN indicators xi ON xi.tenant_id = x.tenant_id AND xi.id = x.indicator_id
    JOIN LATERAL (
      SELECT * FROM (${bureauValuesSql(Prisma.sql`xi.tenant_id`, Prisma.sql`xi.definition_id`)}) b WHERE b.as_of = x.as_of
    ) c ON c.actual_id <> x.id AND c.value <> x.value
    ${valueSourceJoins("c", Prisma.sql`x.tenant_id`)}
    WHERE x.tenant_id = ${tenantId}::uuid AND x.report_id = ANY(${reportIds}::uuid[]) AND x.group_unit_id IS NULL
      AND x.set_aside_at IS NULL AND xi.mapping_state = 'confirmed' AND xi.definition_id IS NOT NULL`;
  return new Map(rows.map((r) => [r.key, { value: r.value, source: toValueSource(r) }]));
}
