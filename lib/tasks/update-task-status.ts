// Bureau staff keep a task's status current. Every change is an event; a save
// based on an outdated version is refused and the other person's change shown.
import "server-only";
import { loadTask } from "@/lib/plans/editing/load";
import type { TenantSession } from "@/lib/auth/session";
import type { Tx } from "@/lib/db/tenant-scope";
import type { TaskStatus } from "@/lib/generated/prisma/enums";
import { ConflictError } from "@/lib/errors";
import { TASK_STATUS_LABELS } from "@/lib/vocabulary";

/** A status saved over someone else's newer one: the caller sees theirs, and who and when. */
export class TaskStatusConflict extends ConflictError<{
  status: TaskStatus;
  progress: number;
  dueDate: Date | null;
  version: number;
  by: string | null | undefined;
  at: Date | null;
}> {}

export async function updateTaskStatus(
  tx: Tx,
  session: TenantSession,
  input: { taskId: string; status: TaskStatus; progress: number; dueDate?: string; note: string; version: number },
) {
  const tenantId = session.tenant.tenantId;
  const task = await loadTask(tx, tenantId, input.taskId);
  const dueDate = input.dueDate ? new Date(`${input.dueDate}T00:00:00Z`) : null;
  const updated = await tx.task.updateMany({
    where: { id: task.id, tenantId, version: input.version },
    data: { status: input.status, progress: input.progress, dueDate, version: { increment: 1 } },
  });
  if (updated.count === 0) {
    const last = await tx.taskStatusEvent.findFirst({ where: { tenantId, taskId: task.id }, orderBy: { createdAt: "desc" } });
    const who = last?.actorUserId ? (await tx.user.findUnique({ where: { id: last.actorUserId }, select: { displayName: true } }))?.displayName : null;
    throw new TaskStatusConflict(
      `该任务已被${who ?? "他人"}修改为“${TASK_STATUS_LABELS[task.status]}，进度 ${task.progress}%”，您的修改未保存。请刷新后重试。`,
      {
        status: task.status,
        progress: task.progress,
        dueDate: task.dueDate,
        version: task.version,
        by: who,
        at: last?.createdAt ?? null,
      },
    );
  }
  await tx.taskStatusEvent.create({
    data: {
      tenantId,
      taskId: task.id,
      actorUserId: session.userId,
      fromStatus: task.status,
      toStatus: input.status,
      fromProgress: task.progress,
      toProgress: input.progress,
      dueDate,
      note: input.note || null,
    },
  });
  return { version: input.version + 1 };
}
