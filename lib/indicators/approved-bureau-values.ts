// The value that already counts for each confirmed indicator on one date,
// from any report but `exceptReportId`: what the report form shows as
// "本期已由…报送 X，已审核" so a school need not report it again, and what
// the reviewer compares a submitted value with (decision 0035).
import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";
import { Prisma } from "@/lib/generated/prisma/client";
import { bureauValuesSql } from "./counted-values-sql";
import { toValueSource, valueSourceColumns, valueSourceJoins, type ValueSource } from "./value-source-sql";

export interface ApprovedValue {
  value: number;
  source: ValueSource;
}

export async function approvedBureauValues(
  tx: Tx,
  tenantId: string,
  query: { indicatorIds: string[]; asOf: Date; exceptReportId: string | null },
): Promise<Map<string, ApprovedValue>> {
  if (query.indicatorIds.length === 0) return new Map();
  const rows = await tx.$queryRaw<(ValueSource & { indicatorId: string; value: number })[]>`
    SELECT i.id::text AS "indicatorId", c.value::float8 AS value, ${valueSourceColumns("c")}
    FROM indicators i
    JOIN LATERAL (
      SELECT * FROM (${bureauValuesSql(Prisma.sql`i.tenant_id`, Prisma.sql`i.definition_id`)}) b WHERE b.as_of = ${query.asOf}::date
    ) c ON true
    ${valueSourceJoins("c", Prisma.sql`i.tenant_id`)}
    WHERE i.tenant_id = ${tenantId}::uuid AND i.id = ANY(${query.indicatorIds}::uuid[])
      AND i.mapping_state = 'confirmed' AND i.definition_id IS NOT NULL
      AND c.report_id IS DISTINCT FROM ${query.exceptReportId}::uuid`;
  return new Map(rows.map((r) => [r.indicatorId, { value: r.value, source: toValueSource(r) }]));
}
