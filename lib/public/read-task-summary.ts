// The plan's tasks counted by status and their mean progress, in SQL (shown
// with status and progress).
import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";
import type { TaskStatus } from "@/lib/generated/prisma/enums";
import { TASK_STATUSES } from "@/lib/vocabulary";
import type { PublicTaskSummary } from "./types";

export async function readTaskSummary(tx: Tx, tenantId: string, planId: string): Promise<PublicTaskSummary> {
  const rows = await tx.task.groupBy({ by: ["status"], where: { tenantId, planId }, _count: { _all: true }, _sum: { progress: true } });
  const byStatus = Object.fromEntries(TASK_STATUSES.map((s) => [s, 0])) as Record<TaskStatus, number>;
  let total = 0;
  let progressSum = 0;
  for (const r of rows) {
    byStatus[r.status] = r._count._all;
    total += r._count._all;
    progressSum += r._sum.progress ?? 0;
  }
  return { total, byStatus, meanProgress: total ? Math.round(progressSum / total) : 0 };
}
