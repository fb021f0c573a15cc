// A district's units with their on-time reporting, for the city's drill-down:
// every unit (name and kind), its report slots already judged
// (reported-slot-sql.ts), those submitted on time (lib/bulletin/on-time.ts)
// and those overdue now. Worst share first, so the units to call come first;
// units with nothing judged yet after them, by name. One statement per page,
// the counts grouped in SQL.
import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";
import type { OrgUnitKind } from "@/lib/generated/prisma/enums";
import { ON_TIME_SLOT, overdueSlot } from "@/lib/bulletin/on-time";
import { PAGE_SIZE, toPage, type Page } from "@/lib/pagination";
import { judgedSlotSql } from "./reported-slot-sql";

export interface DistrictUnitRow {
  id: string;
  name: string;
  kind: OrgUnitKind;
  slots: number;
  onTime: number;
  overdue: number;
  /** onTime / slots, 0..1; null with no judged slot. */
  onTimeShare: number | null;
}

type Row = Omit<DistrictUnitRow, "onTimeShare"> & { total: number };

export async function listDistrictUnits(tx: Tx, tenantId: string, page: number, today: Date): Promise<Page<DistrictUnitRow>> {
  const rows = await tx.$queryRaw<Row[]>`
    WITH counts AS (
      SELECT sl.org_unit_id AS unit_id, (count(*) FILTER (WHERE ${judgedSlotSql(today)}))::int AS slots,
        (count(*) FILTER (WHERE ${ON_TIME_SLOT}))::int AS on_time,
        (count(*) FILTER (WHERE ${overdueSlot(today)}))::int AS overdue
      FROM report_slots sl
      LEFT JOIN reports r ON r.tenant_id = sl.tenant_id AND r.slot_id = sl.id
      WHERE sl.tenant_id = ${tenantId}::uuid
      GROUP BY sl.org_unit_id
    )
    SELECT u.id::text AS id, u.name, u.kind::text AS kind,
      coalesce(c.slots, 0) AS slots, coalesce(c.on_time, 0) AS "onTime", coalesce(c.overdue, 0) AS overdue,
      count(*) OVER ()::int AS total
    FROM org_units u
    LEFT JOIN counts c ON c.unit_id = u.id
    WHERE u.tenant_id = ${tenantId}::uuid
    ORDER BY (coalesce(c.slots, 0) = 0), c.on_time::float8 / NULLIF(c.slots, 0), c.overdue DESC NULLS LAST, u.name, u.id
    LIMIT ${PAGE_SIZE} OFFSET ${(page - 1) * PAGE_SIZE}`;
  const total = rows[0]?.total ?? (await tx.orgUnit.count({ where: { tenantId } }));
  const items = rows.map(({ total: _total, ...r }) => ({ ...r, onTimeShare: r.slots > 0 ? r.onTime / r.slots : null }));
  return toPage(items, total, page);
}
