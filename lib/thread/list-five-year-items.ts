// The hand-link picker: the tasks and indicator-table indicators of the
// bureau's five-year plans overlapping the annual plan's years, in document
// order. Bounded: a bureau has one or two five-year plans of some dozens of items.
import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";

export const FIVE_YEAR_ITEMS_CAP = 400;

export interface FiveYearOption {
  /** The picker's value: "task:<id>" or "indicator:<id>" (schemas.ts). */
  value: string;
  label: string;
  planTitle: string;
}

export async function listFiveYearItems(tx: Tx, tenantId: string, years: { startYear: number; endYear: number }): Promise<FiveYearOption[]> {
  return tx.$queryRaw<FiveYearOption[]>`
    SELECT o.value, o.label, p.title AS "planTitle"
    FROM plans p
    CROSS JOIN LATERAL (
      SELECT 'task:' || t.id AS value, t.number || '. ' || t.title AS label, 0 AS grp, t.position
      FROM tasks t WHERE t.tenant_id = p.tenant_id AND t.plan_id = p.id
      UNION ALL
      SELECT 'indicator:' || i.id, '指标：' || i.name, 1, i.position
      FROM indicators i WHERE i.tenant_id = p.tenant_id AND i.plan_id = p.id AND i.task_id IS NULL
    ) o
    WHERE p.tenant_id = ${tenantId}::uuid AND p.kind = 'five_year' AND p.start_year <= ${years.endYear} AND p.end_year >= ${years.startYear}
    ORDER BY p.start_year DESC, p.id, o.grp, o.position
    LIMIT ${FIVE_YEAR_ITEMS_CAP}`;
}
