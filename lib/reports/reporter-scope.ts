// What a caller may see of reports: the one rule every read path applies.
//
// Bureau roles (admin, staff, leader) and the city viewer see every unit's
// reports. A unit reporter sees everything of their own unit (drafts, review
// comments, evidence, the whole event trail) and, of other units, only
// APPROVED reports: progress the bureau has accepted is shared inside it, but
// work in progress (draft), claims not yet checked (submitted) and reports
// sent back (returned) stay between the unit and the bureau. Even of an
// approved report of another unit a reporter sees the text and figures, never
// the reviewer's comments, the evidence files or the trail of returns before
// the approval. Tasks, their status and progress are everyone's to see.
//
// Writing is narrower still: a reporter writes only their own unit's slots
// (slotScopeFor, used by loadSlotForActor).
import { Prisma } from "@/lib/generated/prisma/client";
import { isUnitBoundRole } from "@/lib/auth/permissions";
import type { TenantSession } from "@/lib/auth/session";

/** A UUID no row has: a reporter without a unit sees no slots rather than all of them. */
const NO_UNIT = "00000000-0000-0000-0000-000000000000";

/** Whether the caller is bound to its membership's unit (lacks units:all: a unit reporter). */
export function isUnitBound(session: TenantSession): boolean {
  return isUnitBoundRole(session.role);
}

/** The unit a reporter is confined to, or null for roles that see every unit. */
function confinedUnit(session: TenantSession): string | null {
  return isUnitBound(session) ? (session.tenant.orgUnitId ?? NO_UNIT) : null;
}

/** The slot filter for writing and for the caller's own work lists: a reporter's unit only; bureau roles all. */
export function slotScopeFor(session: TenantSession): { orgUnitId?: string } {
  const unit = confinedUnit(session);
  return unit ? { orgUnitId: unit } : {};
}

/** Whether the caller sees every unit's slots (bureau roles), so a group's slots may be shown rolled up. */
export function seesEveryUnit(session: TenantSession): boolean {
  return confinedUnit(session) === null;
}

/** Whether the caller sees a report of this unit in full (comments, evidence, every event, any status). */
export function seesUnitInFull(session: TenantSession, orgUnitId: string): boolean {
  const unit = confinedUnit(session);
  return unit === null || unit === orgUnitId;
}

/** Slots whose report the caller may read: own unit's any, other units' once approved. */
export function readableSlotWhere(session: TenantSession): Prisma.ReportSlotWhereInput {
  const unit = confinedUnit(session);
  return unit ? { OR: [{ orgUnitId: unit }, { report: { status: "approved" } }] } : {};
}

/** Report events the caller may read: own unit's all; of other units only the approval of an approved report. */
export function readableReportEventWhere(session: TenantSession): Prisma.ReportEventWhereInput {
  const unit = confinedUnit(session);
  return unit ? { OR: [{ report: { slot: { orgUnitId: unit } } }, { action: "approve", report: { status: "approved" } }] } : {};
}

/**
 * The same rule as SQL for raw queries, over a reports alias and its
 * report_slots alias (both written by the caller's code, never by a user).
 */
export function readableReportSql(session: TenantSession, aliases: { report: string; slot: string }): Prisma.Sql {
  const unit = confinedUnit(session);
  if (!unit) return Prisma.sql`TRUE`;
  const r = Prisma.raw(aliases.report);
  const s = Prisma.raw(aliases.slot);
  return Prisma.sql`(${s}.org_unit_id = ${unit}::uuid OR ${r}.status = 'approved')`;
}

/** An event as the caller may see it: another unit's review comment is never shown to a reporter. */
export function redactEvent<E extends { comment: string | null }>(session: TenantSession, orgUnitId: string, event: E): E {
  return seesUnitInFull(session, orgUnitId) ? event : { ...event, comment: null };
}

/**
 * A report as the caller may see it. For another unit's (approved) report a
 * reporter keeps the text and figures but loses the review comment, the
 * evidence and every event but the approval (whose comment is dropped too).
 */
export function redactReport<R extends { reviewComment: string | null; attachments: unknown[]; events: { action: string; comment: string | null }[] }>(
  session: TenantSession,
  orgUnitId: string,
  report: R,
): R {
  if (seesUnitInFull(session, orgUnitId)) return report;
  return {
    ...report,
    reviewComment: null,
    attachments: [],
    events: report.events.filter((e) => e.action === "approve").map((e) => ({ ...e, comment: null })),
  };
}
