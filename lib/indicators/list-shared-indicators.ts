// Which other tasks and plans a number feeds: for each confirmed indicator,
// the bureau's other confirmed indicators of the same catalogue definition
// (any plan), so a reporter sees that one entry reaches them all (最多报一次,
// decision 0035). A suggested or unmapped indicator shares with nothing.
import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";

/** At most this many per indicator: the form names them, it does not list a catalogue. */
export const SHARED_SHOWN = 10;

export interface SharedIndicator {
  indicatorId: string;
  planTitle: string;
  taskNumber: number | null;
  taskTitle: string | null;
}

export async function listSharedIndicators(tx: Tx, tenantId: string, indicatorIds: string[]): Promise<Map<string, SharedIndicator[]>> {
  const out = new Map<string, SharedIndicator[]>();
  if (indicatorIds.length === 0) return out;
  const rows = await tx.$queryRaw<(SharedIndicator & { forId: string })[]>`
    SELECT s."forId", s."indicatorId", s."planTitle", s."taskNumber", s."taskTitle" FROM (
      SELECT i.id::text AS "forId", o.id::text AS "indicatorId", p.title AS "planTitle", t.number AS "taskNumber", t.title AS "taskTitle",
        row_number() OVER (PARTITION BY i.id ORDER BY p.start_year DESC, p.title, t.position NULLS FIRST, o.position, o.id) AS n
      FROM indicators i
      JOIN indicators o ON o.tenant_id = i.tenant_id AND o.definition_id = i.definition_id AND o.mapping_state = 'confirmed' AND o.id <> i.id
      JOIN plans p ON p.tenant_id = o.tenant_id AND p.id = o.plan_id
      LEFT JOIN tasks t ON t.tenant_id = o.tenant_id AND t.id = o.task_id
      WHERE i.tenant_id = ${tenantId}::uuid AND i.id = ANY(${indicatorIds}::uuid[]) AND i.mapping_state = 'confirmed' AND i.definition_id IS NOT NULL
    ) s
    WHERE s.n <= ${SHARED_SHOWN}
    ORDER BY s."forId", s.n`;
  for (const { forId, ...shared } of rows) out.set(forId, [...(out.get(forId) ?? []), shared]);
  return out;
}
