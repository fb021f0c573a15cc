// 签收: the unit confirms it has received an assigned task. A reporter signs
// for their own unit; staff may sign on a unit's behalf (a phone call). The
// staff member who assigned it hears of it. Signing twice changes nothing.
import "server-only";
import type { TenantSession } from "@/lib/auth/session";
import type { Tx } from "@/lib/db/tenant-scope";
import { UserFacingError } from "@/lib/errors";
import { notifyUsers } from "@/lib/inbox/notify";
import { loadTask } from "@/lib/plans/editing/load";
import { actingUnitId, loadTaskLinks } from "./acting-unit";
import { SUPERVISION_MESSAGES as M } from "./messages";
import { recordSupervisionEvents } from "./record-event";

export async function acknowledgeAssignment(tx: Tx, session: TenantSession, input: { taskId: string; orgUnitId?: string }) {
  const tenantId = session.tenant.tenantId;
  const task = await loadTask(tx, tenantId, input.taskId);
  const orgUnitId = actingUnitId(session, input.orgUnitId);
  const { unitName, links } = await loadTaskLinks(tx, tenantId, task.id, orgUnitId);
  if (!links.some((l) => l.assignedAt)) throw new UserFacingError(M.notAssigned);
  const result = { taskId: task.id, orgUnitId };
  const signed = await tx.taskUnit.updateMany({
    where: { tenantId, taskId: task.id, orgUnitId, assignedAt: { not: null }, acknowledgedAt: null },
    data: { acknowledgedAt: new Date(), acknowledgedById: session.userId },
  });
  if (signed.count === 0) return result;
  await recordSupervisionEvents(tx, tenantId, [{ taskId: task.id, kind: "acknowledged", orgUnitId, actorUserId: session.userId }]);
  const assignedBy = await tx.supervisionEvent.findFirst({
    where: { tenantId, taskId: task.id, orgUnitId, kind: "assigned" },
    orderBy: { createdAt: "desc" },
    select: { actorUserId: true },
  });
  if (assignedBy?.actorUserId && assignedBy.actorUserId !== session.userId) {
    await notifyUsers(tx, tenantId, [
      {
        userId: assignedBy.actorUserId,
        message: {
          kind: "assignment",
          title: M.ackTitle(task.number, unitName),
          body: task.title,
          link: `/tasks/${task.id}`,
          key: `ack:${task.id}:${orgUnitId}`,
        },
      },
    ]);
  }
  return result;
}
