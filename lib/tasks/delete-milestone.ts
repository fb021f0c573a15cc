import "server-only";
import type { TenantSession } from "@/lib/auth/session";
import type { Tx } from "@/lib/db/tenant-scope";
import { recordAudit } from "@/lib/audit/record-audit";
import { formatDate } from "@/lib/format";
import { loadMilestone } from "./load-milestone";

export async function deleteMilestone(tx: Tx, session: TenantSession, input: { milestoneId: string }) {
  const tenantId = session.tenant.tenantId;
  const milestone = await loadMilestone(tx, tenantId, input.milestoneId);
  await tx.taskMilestone.delete({ where: { tenantId_id: { tenantId, id: milestone.id } } });
  // The row is gone; the audit event keeps what it said.
  await recordAudit(tx, session, {
    action: "milestone.delete",
    entityType: "task_milestone",
    entityId: milestone.id,
    before: {
      taskId: milestone.taskId,
      title: milestone.title,
      dueDate: formatDate(milestone.dueDate) || null,
      doneAt: milestone.doneAt?.toISOString() ?? null,
    },
  });
  return { taskId: milestone.taskId, milestoneId: milestone.id };
}
