// The shared half of 延期申请 and 办结销号申请: one pending request per task,
// unit and kind (the partial unique index backs the polite check below), its
// event, and a notice to the bureau's staff.
import "server-only";
import type { TenantSession } from "@/lib/auth/session";
import type { Tx } from "@/lib/db/tenant-scope";
import { ConflictError } from "@/lib/errors";
import type { SupervisionRequestKind } from "@/lib/generated/prisma/enums";
import { bureauStaffUserIds, notifyUsers } from "@/lib/inbox/notify";
import { SUPERVISION_REQUEST_KIND_LABELS } from "@/lib/vocabulary";
import { SUPERVISION_MESSAGES as M } from "./messages";
import { recordSupervisionEvents } from "./record-event";

export interface NewRequest {
  task: { id: string; number: number; title: string };
  orgUnitId: string;
  kind: SupervisionRequestKind;
  reason: string;
  requestedDueDate?: Date;
  originalDueDate?: Date | null;
  notice: { title: string; body: string };
}

export async function createRequest(tx: Tx, session: TenantSession, r: NewRequest) {
  const tenantId = session.tenant.tenantId;
  const pending = await tx.supervisionRequest.findFirst({ where: { tenantId, taskId: r.task.id, orgUnitId: r.orgUnitId, kind: r.kind, state: "pending" } });
  if (pending) throw new ConflictError(M.pendingExists(SUPERVISION_REQUEST_KIND_LABELS[r.kind]));
  const request = await tx.supervisionRequest
    .create({
      data: {
        tenantId,
        taskId: r.task.id,
        orgUnitId: r.orgUnitId,
        kind: r.kind,
        reason: r.reason,
        requestedDueDate: r.requestedDueDate ?? null,
        originalDueDate: r.originalDueDate ?? null,
        requestedById: session.userId,
      },
      select: { id: true },
    })
    .catch((err: unknown) => {
      // Two requests at once both passed the check above: the index refuses the second, told as politely.
      if ((err as { code?: string }).code === "P2002") throw new ConflictError(M.pendingExists(SUPERVISION_REQUEST_KIND_LABELS[r.kind]));
      throw err;
    });
  await recordSupervisionEvents(tx, tenantId, [
    { taskId: r.task.id, kind: `${r.kind}_requested`, orgUnitId: r.orgUnitId, actorUserId: session.userId, note: r.reason, requestId: request.id },
  ]);
  const staff = await bureauStaffUserIds(tx, tenantId);
  await notifyUsers(
    tx,
    tenantId,
    staff.map((userId) => ({
      userId,
      message: { kind: r.kind, title: r.notice.title, body: r.notice.body, link: `/tasks/${r.task.id}`, key: `${r.kind}:${request.id}` },
    })),
  );
  return { taskId: r.task.id, requestId: request.id };
}
