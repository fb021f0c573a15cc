import "server-only";
import type { TenantSession } from "@/lib/auth/session";
import type { Tx } from "@/lib/db/tenant-scope";
import { recordAudit } from "@/lib/audit/record-audit";
import { countTaskHistory, snapshotTasks, toAuditJson } from "@/lib/audit/snapshot-tasks";
import { loadTask } from "./load";

/**
 * Measures, leader/unit links, the task's targets, status history, slots and
 * reports go with it (FK cascade); that history is first copied, whole, into
 * the deletion's audit event (decision 0007).
 */
export async function deleteTask(tx: Tx, session: TenantSession, input: { taskId: string }) {
  const tenantId = session.tenant.tenantId;
  const task = await loadTask(tx, tenantId, input.taskId);
  const history = await snapshotTasks(tx, tenantId, { id: task.id });
  await tx.task.delete({ where: { tenantId_id: { tenantId, id: task.id } } });
  await recordAudit(tx, session, {
    action: "task.delete",
    entityType: "task",
    entityId: task.id,
    before: {
      planId: task.planId,
      sectionId: task.sectionId,
      number: task.number,
      title: task.title,
      status: task.status,
      history: { ...countTaskHistory(history) },
      snapshot: toAuditJson({ tasks: history }),
    },
  });
  return { planId: task.planId, taskId: task.id };
}
