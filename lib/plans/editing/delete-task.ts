import "server-only";
import type { TenantSession } from "@/lib/auth/session";
import type { Tx } from "@/lib/db/tenant-scope";
import { recordAudit } from "@/lib/audit/record-audit";
import { loadTask } from "./load";

/** Measures, leader/unit links and the task's targets go with it (FK cascade). */
export async function deleteTask(tx: Tx, session: TenantSession, input: { taskId: string }) {
  const tenantId = session.tenant.tenantId;
  const task = await loadTask(tx, tenantId, input.taskId);
  await tx.task.delete({ where: { tenantId_id: { tenantId, id: task.id } } });
  await recordAudit(tx, session, {
    action: "task.delete",
    entityType: "task",
    entityId: task.id,
    before: { planId: task.planId, sectionId: task.sectionId, number: task.number, title: task.title, status: task.status },
  });
  return { planId: task.planId, taskId: task.id };
}
