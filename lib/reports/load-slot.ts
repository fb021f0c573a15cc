// The one way reporting code reaches a slot to write to it: by id AND tenant,
// and for a unit reporter only when the slot belongs to their own unit
// (anything else is "not found", exactly like a missing id). The slot row is
// locked for the rest of the transaction, which serialises concurrent saves
// and submits of the same slot.
//
// Lock and load are one statement, and the report a second: this runs on
// every save and submit (the deadline rush), where Prisma's include would
// cost a lock plus five queries.
import "server-only";
import type { TenantSession } from "@/lib/auth/session";
import type { Tx } from "@/lib/db/tenant-scope";
import type { Report } from "@/lib/generated/prisma/client";
import type { SlotStatus } from "@/lib/generated/prisma/enums";
import { Prisma } from "@/lib/generated/prisma/client";
import { NotFoundError } from "@/lib/errors";
import { slotScopeFor } from "./reporter-scope";

export interface LoadedSlot {
  id: string;
  tenantId: string;
  status: SlotStatus;
  taskId: string;
  periodId: string;
  /** The group unit a member school reports under (null: the unit's own duty). */
  groupUnitId: string | null;
  period: { endsOn: Date };
  task: { planId: string };
  report: Report | null;
}

interface SlotRow {
  id: string;
  tenantId: string;
  status: SlotStatus;
  taskId: string;
  periodId: string;
  groupUnitId: string | null;
  endsOn: Date;
  planId: string;
}

/**
 * The slot by id AND tenant (and, for a unit reporter, their own unit), its
 * period's end and task's plan, locked: the one statement every writer
 * starts from (also inside submit-open-slot.ts's single statement).
 */
export function lockSlotSql(session: TenantSession, slotId: string): Prisma.Sql {
  const tenantId = session.tenant.tenantId;
  const { orgUnitId } = slotScopeFor(session);
  return Prisma.sql`
    SELECT sl.id::text AS id, sl.tenant_id::text AS "tenantId", sl.status::text AS status, sl.task_id::text AS "taskId",
      sl.period_id::text AS "periodId", sl.group_unit_id::text AS "groupUnitId", p.ends_on AS "endsOn", t.plan_id::text AS "planId"
    FROM report_slots sl
    JOIN reporting_periods p ON p.tenant_id = sl.tenant_id AND p.id = sl.period_id
    JOIN tasks t ON t.tenant_id = sl.tenant_id AND t.id = sl.task_id
    WHERE sl.tenant_id = ${tenantId}::uuid AND sl.id = ${slotId}::uuid
      ${orgUnitId ? Prisma.sql`AND sl.org_unit_id = ${orgUnitId}::uuid` : Prisma.empty}
    FOR UPDATE OF sl`;
}

export async function loadSlotForActor(tx: Tx, session: TenantSession, slotId: string): Promise<LoadedSlot> {
  const tenantId = session.tenant.tenantId;
  const rows = await tx.$queryRaw<SlotRow[]>(lockSlotSql(session, slotId));
  const row = rows[0];
  if (!row) throw new NotFoundError("填报任务不存在或无权访问");
  // An open slot has no report: every writer that creates one moves the slot
  // on (draft or submitted) in the same transaction, and the status read here
  // is the locked row's latest. Otherwise the report is read in a statement of
  // its own, after the lock: read with the locking statement, a report created
  // by the writer we waited for would not be seen (PostgreSQL re-reads only the
  // locked row). (tenant_id, slot_id) is unique, so a broken invariant fails
  // loudly rather than creating a second report.
  const report = row.status === "open" ? null : await tx.report.findFirst({ where: { tenantId, slotId: row.id } });
  return {
    id: row.id,
    tenantId: row.tenantId,
    status: row.status,
    taskId: row.taskId,
    periodId: row.periodId,
    groupUnitId: row.groupUnitId,
    period: { endsOn: row.endsOn },
    task: { planId: row.planId },
    report,
  };
}
