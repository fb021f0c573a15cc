// A reporter's 待签收: their unit's assigned tasks not yet acknowledged, oldest first (at most 50 shown; the rest wait their turn).
import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";
import { formatDate } from "@/lib/format";
import { todayInChina } from "@/lib/reports/periods";

const SHOWN = 50;

export async function listOwnAwaiting(tx: Tx, tenantId: string, orgUnitId: string) {
  const rows = await tx.taskUnit.findMany({
    where: { tenantId, orgUnitId, assignedAt: { not: null }, acknowledgedAt: null },
    distinct: ["taskId"],
    orderBy: [{ assignedAt: "asc" }, { taskId: "asc" }],
    take: SHOWN,
    select: { taskId: true, assignedAt: true, orgUnit: { select: { name: true } }, task: { select: { number: true, title: true } } },
  });
  return rows.map((r) => ({
    taskId: r.taskId,
    orgUnitId,
    unitName: r.orgUnit.name,
    number: r.task.number,
    title: r.task.title,
    assignedOn: formatDate(todayInChina(r.assignedAt!)),
  }));
}
