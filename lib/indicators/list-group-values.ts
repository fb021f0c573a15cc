// Values member schools reported under a group unit (各中小学…): each school's
// own, shown under the group on the indicator page, never the bureau's value
// (counted-values-sql.ts leaves them out). For a confirmed indicator, those
// of every same-definition indicator; otherwise the indicator's own. The
// newest approved value per group and school. Decision 0035.
import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";
import { sharesBureauValuesSql } from "./counted-values-sql";

/** Schools shown per indicator: a group rarely has more; the page says when there are. */
export const GROUP_VALUES_SHOWN = 100;

export interface GroupValue {
  groupName: string;
  unitName: string;
  asOf: Date;
  value: number;
  slotId: string | null;
}

export async function listGroupValues(tx: Tx, tenantId: string, indicatorId: string): Promise<GroupValue[]> {
  return tx.$queryRaw<GroupValue[]>`
    SELECT * FROM (
      SELECT DISTINCT ON (x.group_unit_id, s.org_unit_id) g.name AS "groupName", u.name AS "unitName", x.as_of AS "asOf",
        x.value::float8 AS value, s.id::text AS "slotId"
      FROM indicators i
      JOIN indicators xi ON xi.tenant_id = i.tenant_id
        AND (xi.id = i.id OR (${sharesBureauValuesSql("i")} AND xi.definition_id = i.definition_id AND xi.mapping_state = 'confirmed'))
      JOIN indicator_actuals x ON x.tenant_id = xi.tenant_id AND x.indicator_id = xi.id
      JOIN org_units g ON g.tenant_id = x.tenant_id AND g.id = x.group_unit_id
      JOIN reports r ON r.tenant_id = x.tenant_id AND r.id = x.report_id
      JOIN report_slots s ON s.tenant_id = r.tenant_id AND s.id = r.slot_id
      JOIN org_units u ON u.tenant_id = s.tenant_id AND u.id = s.org_unit_id
      WHERE i.tenant_id = ${tenantId}::uuid AND i.id = ${indicatorId}::uuid AND x.review_state = 'approved' AND x.set_aside_at IS NULL
      ORDER BY x.group_unit_id, s.org_unit_id, x.as_of DESC, x.approved_at DESC NULLS LAST
    ) v
    ORDER BY v."groupName", v."unitName"
    LIMIT ${GROUP_VALUES_SHOWN}`;
}
