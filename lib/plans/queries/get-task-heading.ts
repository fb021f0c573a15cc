import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";
import { NotFoundError } from "@/lib/errors";

/** A task's id, number and title, for a sub-page's heading; by id AND tenant, so another tenant's task is not found. */
export async function getTaskHeading(tx: Tx, tenantId: string, taskId: string): Promise<{ id: string; number: number; title: string }> {
  const task = await tx.task.findFirst({ where: { id: taskId, tenantId }, select: { id: true, number: true, title: true } });
  if (!task) throw new NotFoundError();
  return task;
}
