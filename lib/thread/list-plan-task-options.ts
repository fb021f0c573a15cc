import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";

export const PLAN_TASK_OPTIONS_CAP = 400;

/** The hand-link picker's annual tasks: the plan's tasks in document order, bounded. */
export async function listPlanTaskOptions(tx: Tx, tenantId: string, planId: string): Promise<{ value: string; label: string }[]> {
  const tasks = await tx.task.findMany({
    where: { tenantId, planId },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: { id: true, number: true, title: true },
    take: PLAN_TASK_OPTIONS_CAP,
  });
  return tasks.map((t) => ({ value: t.id, label: `${t.number}. ${t.title}` }));
}
