// Staff decide a 延期 or 销号 request, with a comment (required to refuse or
// return). Approving an extension moves the task's due date (version bumped,
// a status event records it; the request keeps the original date); approving
// a closing request completes the task and 销号 it with today's date. Either
// way the unit's reporters hear of it. A request is decided once.
import "server-only";
import type { TenantSession } from "@/lib/auth/session";
import type { Tx } from "@/lib/db/tenant-scope";
import { ConflictError, NotFoundError, UserFacingError } from "@/lib/errors";
import type { SupervisionEventKind } from "@/lib/generated/prisma/enums";
import { formatDate } from "@/lib/format";
import { notifyReporters } from "@/lib/inbox/notify";
import { SUPERVISION_REQUEST_KIND_LABELS, SUPERVISION_REQUEST_STATE_LABELS } from "@/lib/vocabulary";
import { SUPERVISION_MESSAGES as M } from "./messages";
import { recordSupervisionEvents } from "./record-event";

const EVENT: Record<"extension" | "closing", Record<"approved" | "rejected", SupervisionEventKind>> = {
  extension: { approved: "extension_approved", rejected: "extension_refused" },
  closing: { approved: "closing_approved", rejected: "closing_returned" },
};

export async function decideRequest(tx: Tx, session: TenantSession, input: { requestId: string; decision: "approved" | "rejected"; comment: string }) {
  const tenantId = session.tenant.tenantId;
  const request = await tx.supervisionRequest.findFirst({ where: { id: input.requestId, tenantId }, include: { task: true } });
  if (!request) throw new NotFoundError(M.requestNotFound);
  if (input.decision === "rejected" && !input.comment) throw new UserFacingError(M.commentRequired, { comment: [M.commentRequired] });
  // A task closed meanwhile (another lead unit's request approved) takes no new date and no second 销号.
  if (input.decision === "approved" && request.task.closedAt) throw new UserFacingError(M.taskClosed);
  // Only a pending request is decided: two staff deciding at once, the second is told.
  const claimed = await tx.supervisionRequest.updateMany({
    where: { id: request.id, tenantId, state: "pending" },
    data: { state: input.decision, decidedById: session.userId, decidedAt: new Date(), decisionComment: input.comment || null },
  });
  if (claimed.count === 0) throw new ConflictError(M.alreadyDecided);
  const { task } = request;
  if (input.decision === "approved") {
    const note = request.kind === "extension" ? M.extensionApprovedNote(formatDate(task.dueDate), formatDate(request.requestedDueDate)) : M.closingApprovedNote;
    const data = request.kind === "extension" ? { dueDate: request.requestedDueDate } : { status: "completed" as const, progress: 100, closedAt: new Date() };
    const updated = await tx.task.update({ where: { tenantId_id: { tenantId, id: task.id } }, data: { ...data, version: { increment: 1 } } });
    await tx.taskStatusEvent.create({
      data: {
        tenantId,
        taskId: task.id,
        actorUserId: session.userId,
        fromStatus: task.status,
        toStatus: updated.status,
        fromProgress: task.progress,
        toProgress: updated.progress,
        dueDate: updated.dueDate,
        note: input.comment ? `${note}（${input.comment}）` : note,
      },
    });
  }
  await recordSupervisionEvents(tx, tenantId, [
    {
      taskId: task.id,
      kind: EVENT[request.kind][input.decision],
      orgUnitId: request.orgUnitId,
      actorUserId: session.userId,
      note: input.comment || null,
      requestId: request.id,
    },
  ]);
  await notifyReporters(tx, tenantId, request.orgUnitId, {
    kind: request.kind,
    title: M.decisionTitle(SUPERVISION_REQUEST_KIND_LABELS[request.kind], SUPERVISION_REQUEST_STATE_LABELS[request.kind][input.decision], task.number),
    body: [task.title, input.comment && `${session.displayName}：${input.comment}`].filter(Boolean).join("\n"),
    link: `/tasks/${task.id}`,
    key: `${request.kind}-decided:${request.id}`,
  });
  return { taskId: task.id, requestId: request.id, kind: request.kind, decision: input.decision };
}
