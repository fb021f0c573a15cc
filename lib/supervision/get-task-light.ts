// One task's 亮灯 for its page, under the bureau's N; loaded by id and tenant.
import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";
import { NotFoundError } from "@/lib/errors";
import { todayInChina } from "@/lib/reports/periods";
import { withLights } from "./with-lights";

export async function getTaskLight(tx: Tx, tenantId: string, taskId: string, today: Date = todayInChina()) {
  const task = await tx.task.findFirst({
    where: { id: taskId, tenantId },
    select: { status: true, progress: true, dueDate: true, ongoing: true, closedAt: true, plan: { select: { startYear: true } } },
  });
  if (!task) throw new NotFoundError();
  const [lit] = await withLights(tx, tenantId, [task], today);
  return { light: lit!.light, dueDate: task.dueDate, progress: task.progress };
}
