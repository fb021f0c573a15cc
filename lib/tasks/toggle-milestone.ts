import "server-only";
import type { TenantSession } from "@/lib/auth/session";
import type { Tx } from "@/lib/db/tenant-scope";
import { recordAudit } from "@/lib/audit/record-audit";
import { loadMilestone } from "./load-milestone";

/** Marks a milestone done (now) or not done; asking for the state it already has changes nothing. */
export async function toggleMilestone(tx: Tx, session: TenantSession, input: { milestoneId: string; done: boolean }) {
  const tenantId = session.tenant.tenantId;
  const milestone = await loadMilestone(tx, tenantId, input.milestoneId);
  const result = { taskId: milestone.taskId, milestoneId: milestone.id, done: input.done };
  if (Boolean(milestone.doneAt) === input.done) return result;
  const doneAt = input.done ? new Date() : null;
  await tx.taskMilestone.update({ where: { tenantId_id: { tenantId, id: milestone.id } }, data: { doneAt } });
  await recordAudit(tx, session, {
    action: input.done ? "milestone.complete" : "milestone.reopen",
    entityType: "task_milestone",
    entityId: milestone.id,
    before: { taskId: milestone.taskId, title: milestone.title, doneAt: milestone.doneAt?.toISOString() ?? null },
    after: { doneAt: doneAt?.toISOString() ?? null },
  });
  return result;
}
