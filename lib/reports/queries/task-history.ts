import "server-only";
import type { TenantSession } from "@/lib/auth/session";
import type { Tx } from "@/lib/db/tenant-scope";
import { readableReportEventWhere, redactEvent, seesUnitInFull } from "@/lib/reports/reporter-scope";
import { actorNames } from "./actor-names";

/**
 * The task's trail: status changes, report events and 督办 steps (交办, 签收,
 * 延期, 销号…; each source capped at 100), newest first, with who did them.
 * A reporter sees another unit's 督办 steps without their notes (reasons and
 * comments stay between that unit and the bureau). Report events as the caller may see them (reporter-scope.ts): a
 * reporter sees their own unit's in full and only the approvals of others.
 */
export async function getTaskHistory(tx: Tx, session: TenantSession, taskId: string) {
  const tenantId = session.tenant.tenantId;
  const statusEvents = await tx.taskStatusEvent.findMany({ where: { tenantId, taskId }, orderBy: { createdAt: "desc" }, take: 100 });
  const reportEvents = await tx.reportEvent.findMany({
    where: { tenantId, report: { slot: { taskId } }, ...readableReportEventWhere(session) },
    orderBy: { createdAt: "desc" },
    take: 100,
    include: {
      report: { select: { slot: { select: { id: true, orgUnitId: true, orgUnit: { select: { name: true } }, period: { select: { label: true } } } } } },
    },
  });
  const supervisionEvents = await tx.supervisionEvent.findMany({ where: { tenantId, taskId }, orderBy: { createdAt: "desc" }, take: 100 });
  const unitIds = [...new Set(supervisionEvents.flatMap((e) => (e.orgUnitId ? [e.orgUnitId] : [])))];
  const units = new Map((await tx.orgUnit.findMany({ where: { tenantId, id: { in: unitIds } }, select: { id: true, name: true } })).map((u) => [u.id, u.name]));
  const names = await actorNames(tx, [...statusEvents, ...reportEvents, ...supervisionEvents]);
  const actor = (id: string | null) => (id ? (names.get(id) ?? null) : null);
  return [
    ...statusEvents.map((e) => ({ kind: "status" as const, at: e.createdAt, actor: actor(e.actorUserId), event: e })),
    ...reportEvents.map((e) => ({
      kind: "report" as const,
      at: e.createdAt,
      actor: actor(e.actorUserId),
      event: redactEvent(session, e.report.slot.orgUnitId, e),
    })),
    ...supervisionEvents.map((e) => ({
      kind: "supervision" as const,
      at: e.createdAt,
      actor: actor(e.actorUserId),
      event: {
        ...e,
        note: !e.orgUnitId || seesUnitInFull(session, e.orgUnitId) ? e.note : null,
        unitName: e.orgUnitId ? (units.get(e.orgUnitId) ?? null) : null,
      },
    })),
  ].sort((a, b) => b.at.getTime() - a.at.getTime());
}
