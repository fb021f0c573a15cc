// Milestones break a long task into checkable steps. Staff add them; each one
// is an audit event so the bureau can see who promised what and when.
import "server-only";
import { loadTask } from "@/lib/plans/editing/load";
import type { TenantSession } from "@/lib/auth/session";
import type { Tx } from "@/lib/db/tenant-scope";
import { recordAudit } from "@/lib/audit/record-audit";
import { UserFacingError } from "@/lib/errors";

/** A task with more steps than this is a plan of its own, not a checklist. */
export const MAX_MILESTONES = 50;

export async function addMilestone(tx: Tx, session: TenantSession, input: { taskId: string; title: string; dueDate?: string }) {
  const tenantId = session.tenant.tenantId;
  const task = await loadTask(tx, tenantId, input.taskId);
  const count = await tx.taskMilestone.count({ where: { tenantId, taskId: task.id } });
  if (count >= MAX_MILESTONES) throw new UserFacingError(`每项任务最多 ${MAX_MILESTONES} 个里程碑`);
  const last = await tx.taskMilestone.findFirst({ where: { tenantId, taskId: task.id }, orderBy: { position: "desc" }, select: { position: true } });
  const dueDate = input.dueDate ? new Date(`${input.dueDate}T00:00:00Z`) : null;
  const milestone = await tx.taskMilestone.create({
    data: { tenantId, taskId: task.id, position: (last?.position ?? 0) + 1, title: input.title, dueDate },
    select: { id: true },
  });
  await recordAudit(tx, session, {
    action: "milestone.create",
    entityType: "task_milestone",
    entityId: milestone.id,
    after: { taskId: task.id, title: input.title, dueDate: input.dueDate ?? null },
  });
  return { taskId: task.id, milestoneId: milestone.id };
}
