import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";
import { NotFoundError } from "@/lib/errors";

/** One task with everything its page shows; loaded by id AND tenant. */
export async function getTask(tx: Tx, tenantId: string, taskId: string) {
  const task = await tx.task.findFirst({
    where: { id: taskId, tenantId },
    include: {
      plan: { select: { id: true, title: true, startYear: true, endYear: true } },
      section: { select: { id: true, title: true } },
      measures: { orderBy: { position: "asc" }, select: { id: true, position: true, text: true } },
      leaders: { select: { person: { select: { id: true, name: true } } } },
      units: { select: { role: true, orgUnit: { select: { id: true, name: true, kind: true } } } },
      indicators: { orderBy: { position: "asc" } },
    },
  });
  if (!task) throw new NotFoundError();
  return task;
}

export type TaskDetail = Awaited<ReturnType<typeof getTask>>;
