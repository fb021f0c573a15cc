// /supervision/acknowledgements: assignments the units have not acknowledged,
// oldest first, with the days waited; those past the bureau's 签收 days are late.
import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";
import { formatDate } from "@/lib/format";
import { pageArgs, toPage } from "@/lib/pagination";
import { todayInChina } from "@/lib/reports/periods";
import { isAcknowledgementLate } from "../light";
import { getSupervisionSettings } from "../settings";

const DAY_MS = 86_400_000;

export async function listAwaitingAcknowledgement(tx: Tx, tenantId: string, filter: { planId?: string; orgUnitId?: string; page: number }, now = new Date()) {
  const { ackDays } = await getSupervisionSettings(tx, tenantId);
  const where = {
    tenantId,
    assignedAt: { not: null },
    acknowledgedAt: null,
    ...(filter.orgUnitId ? { orgUnitId: filter.orgUnitId } : {}),
    ...(filter.planId ? { task: { planId: filter.planId } } : {}),
  };
  // A unit holding a task under two roles is one assignment. One query after the other: a
  // transaction is one connection, and pg deprecates overlapping queries on it (tenant-scope.ts).
  const groups = await tx.taskUnit.groupBy({ by: ["taskId", "orgUnitId"], where });
  const rows = await tx.taskUnit.findMany({
    where,
    distinct: ["taskId", "orgUnitId"],
    orderBy: [{ assignedAt: "asc" }, { taskId: "asc" }, { orgUnitId: "asc" }],
    ...pageArgs(filter.page),
    select: {
      taskId: true,
      orgUnitId: true,
      assignedAt: true,
      orgUnit: { select: { name: true } },
      task: { select: { number: true, title: true, plan: { select: { id: true, title: true } } } },
    },
  });
  const items = rows.map((r) => ({
    taskId: r.taskId,
    orgUnitId: r.orgUnitId,
    unitName: r.orgUnit.name,
    taskNumber: r.task.number,
    taskTitle: r.task.title,
    planTitle: r.task.plan.title,
    assignedOn: formatDate(todayInChina(r.assignedAt!)),
    daysWaiting: Math.floor((now.getTime() - r.assignedAt!.getTime()) / DAY_MS),
    late: isAcknowledgementLate(r.assignedAt!, now, ackDays),
  }));
  return { ackDays, ...toPage(items, groups.length, filter.page) };
}
