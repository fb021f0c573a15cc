import "server-only";
import type { TenantSession } from "@/lib/auth/session";
import type { Tx } from "@/lib/db/tenant-scope";
import { readableReportEventWhere, redactEvent } from "@/lib/reports/reporter-scope";
import { actorNames } from "./actor-names";

/**
 * The task's trail: status changes and report events, newest first, with who
 * did them. Report events as the caller may see them (reporter-scope.ts): a
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
  const names = await actorNames(tx, [...statusEvents, ...reportEvents]);
  const actor = (id: string | null) => (id ? (names.get(id) ?? null) : null);
  return [
    ...statusEvents.map((e) => ({ kind: "status" as const, at: e.createdAt, actor: actor(e.actorUserId), event: e })),
    ...reportEvents.map((e) => ({
      kind: "report" as const,
      at: e.createdAt,
      actor: actor(e.actorUserId),
      event: redactEvent(session, e.report.slot.orgUnitId, e),
    })),
  ].sort((a, b) => b.at.getTime() - a.at.getTime());
}
