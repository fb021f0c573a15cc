import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";
import { formatDate } from "@/lib/format";
import { todayInChina } from "@/lib/reports/periods";

/** A task's milestones in order, as plain values a client component can take; overdue judged on China's calendar. */
export async function listMilestones(tx: Tx, tenantId: string, taskId: string, today = todayInChina()) {
  const rows = await tx.taskMilestone.findMany({ where: { tenantId, taskId }, orderBy: [{ position: "asc" }, { id: "asc" }] });
  return rows.map((m) => ({
    id: m.id,
    title: m.title,
    dueDate: m.dueDate ? formatDate(m.dueDate) : null,
    // The day it was ticked off, on the bureau's calendar.
    doneOn: m.doneAt ? formatDate(todayInChina(m.doneAt)) : null,
    overdue: !m.doneAt && m.dueDate !== null && m.dueDate < today,
  }));
}

export type MilestoneRow = Awaited<ReturnType<typeof listMilestones>>[number];
