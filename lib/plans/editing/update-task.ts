import "server-only";
import type { TenantSession } from "@/lib/auth/session";
import type { Tx } from "@/lib/db/tenant-scope";
import { recordAudit } from "@/lib/audit/record-audit";
import { ConflictError } from "@/lib/errors";
import { loadSection, loadTask } from "./load";
import { TASK_CONFLICT_MESSAGE } from "./messages";
import { nextTaskPosition, renumberTaskPositions } from "./order";

export interface UpdateTaskInput {
  taskId: string;
  version: number;
  title: string;
  number: number;
  sectionId: string;
  goal: string | null;
}

/**
 * Optimistic concurrency: the row is updated only while it still carries the
 * version the editor loaded; a concurrent save that committed first wins.
 */
export async function updateTask(tx: Tx, session: TenantSession, input: UpdateTaskInput) {
  const tenantId = session.tenant.tenantId;
  const task = await loadTask(tx, tenantId, input.taskId);
  const moved = input.sectionId !== task.sectionId;
  if (moved) await loadSection(tx, tenantId, input.sectionId, task.planId);
  const { count } = await tx.task.updateMany({
    where: { id: task.id, tenantId, version: input.version },
    data: {
      title: input.title,
      number: input.number,
      goal: input.goal,
      sectionId: input.sectionId,
      ...(moved ? { position: await nextTaskPosition(tx, tenantId, task.planId) } : {}),
      version: { increment: 1 },
    },
  });
  if (count === 0) throw new ConflictError(TASK_CONFLICT_MESSAGE);
  if (moved) await renumberTaskPositions(tx, tenantId, task.planId);
  await recordAudit(tx, session, {
    action: "task.update",
    entityType: "task",
    entityId: task.id,
    before: { title: task.title, number: task.number, goal: task.goal, sectionId: task.sectionId, version: task.version },
    after: { title: input.title, number: input.number, goal: input.goal, sectionId: input.sectionId, version: input.version + 1 },
  });
  return { planId: task.planId, taskId: task.id, version: input.version + 1 };
}
