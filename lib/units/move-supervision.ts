// A merge's 督办 half: the duplicate's requests, 督办单, history steps and
// group robots become the kept unit's. Where both units have a pending
// request of the same kind for a task (one pending per task, unit and kind),
// the kept unit's stays and the duplicate's is closed as rejected, saying why;
// where both have a robot of one kind, the kept unit's stays.
import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";
import { SUPERVISION_MESSAGES } from "@/lib/supervision/messages";

export async function moveSupervision(tx: Tx, tenantId: string, source: { id: string; name: string }, targetId: string, actorUserId: string) {
  const pending = await tx.supervisionRequest.findMany({
    where: { tenantId, orgUnitId: { in: [source.id, targetId] }, state: "pending" },
    select: { id: true, taskId: true, kind: true, orgUnitId: true },
  });
  const kept = new Set(pending.filter((r) => r.orgUnitId === targetId).map((r) => `${r.taskId}|${r.kind}`));
  const superseded = pending.filter((r) => r.orgUnitId === source.id && kept.has(`${r.taskId}|${r.kind}`)).map((r) => r.id);
  if (superseded.length > 0) {
    await tx.supervisionRequest.updateMany({
      where: { tenantId, id: { in: superseded } },
      data: { state: "rejected", decidedAt: new Date(), decidedById: actorUserId, decisionComment: SUPERVISION_MESSAGES.mergedAway(source.name) },
    });
  }
  const { count: requests } = await tx.supervisionRequest.updateMany({ where: { tenantId, orgUnitId: source.id }, data: { orgUnitId: targetId } });
  const { count: slips } = await tx.supervisionSlip.updateMany({ where: { tenantId, orgUnitId: source.id }, data: { orgUnitId: targetId } });
  await tx.supervisionEvent.updateMany({ where: { tenantId, orgUnitId: source.id }, data: { orgUnitId: targetId } });
  const held = await tx.robotWebhook.findMany({ where: { tenantId, orgUnitId: targetId }, select: { kind: true } });
  await tx.robotWebhook.deleteMany({ where: { tenantId, orgUnitId: source.id, kind: { in: held.map((h) => h.kind) } } });
  await tx.robotWebhook.updateMany({ where: { tenantId, orgUnitId: source.id }, data: { orgUnitId: targetId } });
  return { requests, superseded: superseded.length, slips };
}
