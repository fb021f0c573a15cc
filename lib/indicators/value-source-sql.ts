// Where a counted value came from, as SQL joined onto a row of
// counted-values-sql.ts (aliased `c`, columns actual_id, report_id, period_id,
// source_indicator_id): the report's slot and unit, the period, and the plan
// and task of the indicator it was entered on. A value imported from a ledger
// has no report: its slot, unit and period read as null. Decision 0035.
import { Prisma } from "@/lib/generated/prisma/client";

/** The source's columns, named as ValueSourceRow's fields. */
export function valueSourceColumns(c: string): Prisma.Sql {
  const a = Prisma.raw(c);
  return Prisma.sql`${a}.actual_id::text AS "actualId", ${a}.source_indicator_id::text AS "sourceIndicatorId",
    src_s.id::text AS "slotId", src_u.name AS "unitName", src_g.name AS "groupName", src_p.label AS "periodLabel",
    src_pl.id::text AS "planId", src_pl.title AS "planTitle", src_t.number AS "taskNumber", src_t.title AS "taskTitle"`;
}

/** The joins the columns need; `tenant` is the tenant id expression of the outer row. */
export function valueSourceJoins(c: string, tenant: Prisma.Sql): Prisma.Sql {
  const a = Prisma.raw(c);
  return Prisma.sql`
    JOIN indicators src_i ON src_i.tenant_id = ${tenant} AND src_i.id = ${a}.source_indicator_id
    JOIN plans src_pl ON src_pl.tenant_id = src_i.tenant_id AND src_pl.id = src_i.plan_id
    LEFT JOIN tasks src_t ON src_t.tenant_id = src_i.tenant_id AND src_t.id = src_i.task_id
    LEFT JOIN reports src_r ON src_r.tenant_id = src_i.tenant_id AND src_r.id = ${a}.report_id
    LEFT JOIN report_slots src_s ON src_s.tenant_id = src_r.tenant_id AND src_s.id = src_r.slot_id
    LEFT JOIN org_units src_u ON src_u.tenant_id = src_s.tenant_id AND src_u.id = src_s.org_unit_id
    LEFT JOIN org_units src_g ON src_g.tenant_id = src_s.tenant_id AND src_g.id = src_s.group_unit_id
    LEFT JOIN reporting_periods src_p ON src_p.tenant_id = src_i.tenant_id AND src_p.id = ${a}.period_id`;
}

export interface ValueSource {
  actualId: string;
  sourceIndicatorId: string;
  /** The report's slot (link /reports/<slotId>); null for a value imported from a ledger. */
  slotId: string | null;
  unitName: string | null;
  groupName: string | null;
  periodLabel: string | null;
  planId: string;
  planTitle: string;
  taskNumber: number | null;
  taskTitle: string | null;
}

/** Picks the source's fields off a row that selected valueSourceColumns. */
export function toValueSource(row: ValueSource): ValueSource {
  const { actualId, sourceIndicatorId, slotId, unitName, groupName, periodLabel, planId, planTitle, taskNumber, taskTitle } = row;
  return { actualId, sourceIndicatorId, slotId, unitName, groupName, periodLabel, planId, planTitle, taskNumber, taskTitle };
}
