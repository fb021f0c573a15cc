// A plan and all its history as audit JSON, taken just before the plan is
// deleted (decision 0007): the plan row (with its source text), its sections,
// its own indicator table with every actual, its reporting periods, and every
// task with its history (snapshot-tasks.ts).
import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";
import { countTaskHistory, snapshotTasks, toAuditJson, type SnapshotCounts } from "./snapshot-tasks";

export async function snapshotPlan(tx: Tx, tenantId: string, planId: string) {
  const plan = await tx.plan.findFirstOrThrow({ where: { tenantId, id: planId } });
  const sections = await tx.section.findMany({ where: { tenantId, planId }, orderBy: { position: "asc" } });
  const indicators = await tx.indicator.findMany({
    where: { tenantId, planId, taskId: null },
    orderBy: { position: "asc" },
    include: { actuals: { orderBy: [{ asOf: "asc" }, { createdAt: "asc" }] } },
  });
  const periods = await tx.reportingPeriod.findMany({ where: { tenantId, planId }, orderBy: { startsOn: "asc" } });
  const tasks = await snapshotTasks(tx, tenantId, { planId });
  const counts: SnapshotCounts = countTaskHistory(
    tasks,
    indicators.reduce((n, i) => n + i.actuals.length, 0),
  );
  return { counts, snapshot: toAuditJson({ plan, sections, indicators, periods, tasks }) };
}
