// The bureau's conflicting values: for one catalogue definition and date, two
// or more different approved bureau-level values on its confirmed indicators
// (in any plan), none set aside. The same rows counted-values-sql.ts flags as
// `conflict`; a reviewer resolves them by choosing the value that counts
// (resolve-conflict.ts). Columns as counted-values-sql's, plus definition_id,
// approved_at and counts (the earliest approved, which counts until resolved).
import { Prisma } from "@/lib/generated/prisma/client";

export function conflictValuesSql(tenantId: string): Prisma.Sql {
  return Prisma.sql`
    SELECT v.*, (row_number() OVER (PARTITION BY v.definition_id, v.as_of ORDER BY v.approved_at, v.actual_id) = 1) AS counts
    FROM (
      SELECT xi.definition_id, x.as_of, x.value, x.id AS actual_id, x.report_id, x.period_id, x.indicator_id AS source_indicator_id,
        COALESCE(x.approved_at, x.created_at) AS approved_at,
        min(x.value) OVER w AS low, max(x.value) OVER w AS high
      FROM indicators xi
      JOIN indicator_actuals x ON x.tenant_id = xi.tenant_id AND x.indicator_id = xi.id
      WHERE xi.tenant_id = ${tenantId}::uuid AND xi.mapping_state = 'confirmed' AND xi.definition_id IS NOT NULL
        AND x.review_state = 'approved' AND x.set_aside_at IS NULL AND x.group_unit_id IS NULL
      WINDOW w AS (PARTITION BY xi.definition_id, x.as_of)
    ) v
    WHERE v.low <> v.high`;
}
