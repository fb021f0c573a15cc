// Tasks by top-level section of their plan (a task under 二、(三) counts for 二、).
import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";
import { toBreakdownRow, type BreakdownRow, type BreakdownSqlRow } from "./breakdown-row";
import { mineCondition, type DashboardScope } from "./scope";
import { STATUS_COUNT_COLUMNS } from "./status-counts";

/**
 * The most 滞后 first, as the other breakdowns, so the rows a table draws first
 * (decision 0049) are where a bureau is behind; ties in document order: plans
 * newest first, sections by position. Sections without tasks are left out.
 */
export async function getBreakdownBySection(tx: Tx, scope: DashboardScope): Promise<BreakdownRow[]> {
  const tenantId = scope.tenantId;
  const rows = await tx.$queryRaw<BreakdownSqlRow[]>`
    WITH RECURSIVE tree AS (
      SELECT s.id, s.id AS root_id FROM sections s WHERE s.tenant_id = ${tenantId}::uuid AND s.parent_id IS NULL
      UNION ALL
      SELECT c.id, tree.root_id FROM sections c JOIN tree ON c.parent_id = tree.id WHERE c.tenant_id = ${tenantId}::uuid
    )
    SELECT r.id::text AS id, r.title AS name, p.id::text AS "planId", p.title AS "planTitle", ${STATUS_COUNT_COLUMNS}
    FROM tasks t
    JOIN tree ON tree.id = t.section_id
    JOIN sections r ON r.tenant_id = t.tenant_id AND r.id = tree.root_id
    JOIN plans p ON p.tenant_id = t.tenant_id AND p.id = r.plan_id
    WHERE t.tenant_id = ${tenantId}::uuid ${mineCondition(scope)}
    GROUP BY r.id, r.title, r.position, p.id, p.title, p.start_year
    ORDER BY delayed DESC, p.start_year DESC, p.title, r.position`;
  return rows.map((r) => toBreakdownRow(r, "未分章节"));
}
