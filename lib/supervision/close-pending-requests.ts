// A task 销号 ends every request still waiting on it: an extension of a
// closed task cannot be granted, and another unit's closing request has
// nothing left to close. They are refused in the same transaction, with a
// system comment (no deciding person), a step in each unit's 督办 history and
// a notice to the unit concerned, so nobody waits on a request nobody will decide.
import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";
import { notifyUnitsReporters } from "@/lib/inbox/notify";
import { SUPERVISION_REQUEST_KIND_LABELS } from "@/lib/vocabulary";
import { SUPERVISION_MESSAGES as M } from "./messages";
import { recordSupervisionEvents } from "./record-event";

export async function closePendingRequests(tx: Tx, tenantId: string, task: { id: string; number: number; title: string }, actorUserId: string) {
  const note = M.closedAutoRejected;
  const closed = await tx.supervisionRequest.updateManyAndReturn({
    where: { tenantId, taskId: task.id, state: "pending" },
    data: { state: "rejected", decidedAt: new Date(), decisionComment: note },
    select: { id: true, kind: true, orgUnitId: true },
  });
  if (closed.length === 0) return 0;
  await recordSupervisionEvents(
    tx,
    tenantId,
    closed.map((r) => ({
      taskId: task.id,
      kind: r.kind === "extension" ? ("extension_refused" as const) : ("closing_returned" as const),
      orgUnitId: r.orgUnitId,
      actorUserId,
      note,
      requestId: r.id,
    })),
  );
  await notifyUnitsReporters(
    tx,
    tenantId,
    closed.map((r) => ({
      orgUnitId: r.orgUnitId,
      message: {
        kind: r.kind,
        title: M.autoClosedTitle(SUPERVISION_REQUEST_KIND_LABELS[r.kind], task.number),
        body: `${task.title}\n${note}`,
        link: `/tasks/${task.id}`,
        key: `${r.kind}-decided:${r.id}`,
      },
    })),
  );
  return closed.length;
}
