// Staff decide a 延期 or 销号 request, with a comment (required to refuse or
// return). Approving an extension moves the task's due date (version bumped,
// a status event records it; the request keeps the original date) only if
// the date is still the one asked from; approving a closing request completes
// the task, 销号 it with today's date and closes every other pending request. Either
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
import { closePendingRequests } from "./close-pending-requests";
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
    const updated = request.kind === "extension" ? await moveDueDate(tx, tenantId, request) : await closeTask(tx, tenantId, request.task);
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
        // Status events are shown to every unit of the task: a neutral note,
        // never the staff's comment (it stays on the request and its 督办 step).
        note: request.kind === "extension" ? M.extensionApprovedNote(formatDate(task.dueDate), formatDate(request.requestedDueDate)) : M.closingApprovedNote,
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
  // The other units' waiting requests (and this unit's other kind) end with the task, after its own step.
  if (input.decision === "approved" && request.kind === "closing") await closePendingRequests(tx, tenantId, task, session.userId);
  await notifyReporters(tx, tenantId, request.orgUnitId, {
    kind: request.kind,
    title: M.decisionTitle(SUPERVISION_REQUEST_KIND_LABELS[request.kind], SUPERVISION_REQUEST_STATE_LABELS[request.kind][input.decision], task.number),
    body: [task.title, input.comment && `${session.displayName}：${input.comment}`].filter(Boolean).join("\n"),
    link: `/tasks/${task.id}`,
    key: `${request.kind}-decided:${request.id}`,
  });
  return { taskId: task.id, requestId: request.id, kind: request.kind, decision: input.decision };
}

type RequestWithTask = { requestedDueDate: Date | null; originalDueDate: Date | null; task: { id: string; dueDate: Date | null } };

/**
 * The new date, only over the date the unit asked from: if it changed since
 * (another unit's extension approved, staff edited the task), the request is
 * decided again against the current date rather than silently overwriting it.
 */
async function moveDueDate(tx: Tx, tenantId: string, request: RequestWithTask) {
  const { task } = request;
  if (task.dueDate && request.requestedDueDate && request.requestedDueDate <= task.dueDate) {
    throw new ConflictError(M.alreadyLaterDue(formatDate(task.dueDate)));
  }
  const moved = await tx.task.updateMany({
    where: { tenantId, id: task.id, dueDate: request.originalDueDate, closedAt: null },
    data: { dueDate: request.requestedDueDate, version: { increment: 1 } },
  });
  if (moved.count === 0) throw new ConflictError(M.dueDateChanged);
  return tx.task.findFirstOrThrow({ where: { tenantId, id: task.id } });
}

/** 销号 once: a task closed meanwhile (another lead unit's request approved at the same moment) is refused. */
async function closeTask(tx: Tx, tenantId: string, task: { id: string }) {
  const closed = await tx.task.updateMany({
    where: { tenantId, id: task.id, closedAt: null },
    data: { status: "completed", progress: 100, closedAt: new Date(), version: { increment: 1 } },
  });
  if (closed.count === 0) throw new ConflictError(M.taskClosed);
  return tx.task.findFirstOrThrow({ where: { tenantId, id: task.id } });
}
