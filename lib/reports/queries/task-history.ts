import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";
import { actorNames } from "./actor-names";

/** The task's audit trail: status changes and report events, newest first, with who did them. */
export async function getTaskHistory(tx: Tx, tenantId: string, taskId: string) {
  const statusEvents = await tx.taskStatusEvent.findMany({ where: { tenantId, taskId }, orderBy: { createdAt: "desc" }, take: 100 });
  const reportEvents = await tx.reportEvent.findMany({
    where: { tenantId, report: { slot: { taskId } } },
    orderBy: { createdAt: "desc" },
    take: 100,
    include: { report: { select: { slot: { select: { id: true, orgUnit: { select: { name: true } }, period: { select: { label: true } } } } } } },
  });
  const names = await actorNames(tx, [...statusEvents, ...reportEvents]);
  return [
    ...statusEvents.map((e) => ({ kind: "status" as const, at: e.createdAt, actor: e.actorUserId ? (names.get(e.actorUserId) ?? null) : null, event: e })),
    ...reportEvents.map((e) => ({ kind: "report" as const, at: e.createdAt, actor: e.actorUserId ? (names.get(e.actorUserId) ?? null) : null, event: e })),
  ].sort((a, b) => b.at.getTime() - a.at.getTime());
}
