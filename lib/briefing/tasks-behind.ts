// The briefing's "tasks behind" (taskBehindWhere: open, and delayed or with an
// overdue report slot) of one plan, in document order, with their leaders and their
// lead and responsible units (cooperating units are left out: the briefing
// names who answers for the task).
import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";
import type { TaskStatus, UnitRole } from "@/lib/generated/prisma/enums";
import { overdueSlotWhere } from "@/lib/reports/slot-status";
import { sortUnits } from "@/lib/plans/queries/task-select";
import { taskBehindWhere } from "@/lib/tasks/task-behind-where";

export interface TaskBehind {
  id: string;
  number: number;
  title: string;
  status: TaskStatus;
  progress: number;
  leaders: string[];
  units: { name: string; role: Extract<UnitRole, "lead" | "responsible"> }[];
  overdueSlots: number;
  /** Earliest due date among the overdue slots. */
  overdueSince: Date | null;
}

export async function getTasksBehind(tx: Tx, tenantId: string, planId: string, today: Date): Promise<TaskBehind[]> {
  const overdue = overdueSlotWhere(today);
  const tasks = await tx.task.findMany({
    where: { tenantId, planId, ...taskBehindWhere(today) },
    orderBy: { position: "asc" },
    select: {
      id: true,
      number: true,
      title: true,
      status: true,
      progress: true,
      leaders: { select: { person: { select: { name: true } } }, orderBy: { person: { name: "asc" } } },
      units: { where: { role: { in: ["lead", "responsible"] } }, select: { role: true, orgUnit: { select: { name: true } } } },
      slots: { where: overdue, select: { dueOn: true }, orderBy: { dueOn: "asc" } },
    },
  });
  return tasks.map((t) => ({
    id: t.id,
    number: t.number,
    title: t.title,
    status: t.status,
    progress: t.progress,
    leaders: t.leaders.map((l) => l.person.name),
    units: sortUnits(t.units).map((u) => ({ name: u.orgUnit.name, role: u.role as "lead" | "responsible" })),
    overdueSlots: t.slots.length,
    overdueSince: t.slots[0]?.dueOn ?? null,
  }));
}
