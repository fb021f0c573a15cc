// What a demo plan's simulation reads: its tasks, report slots and indicators
// with targets, each keyed by names and positions (never by database ids), so
// the same demo world gives the same activity in any database.
import type { UnitRole } from "@/lib/generated/prisma/enums";
import type { Tx } from "@/lib/db/tenant-scope";
import type { Actors, DemoIndicator, DemoSlot, DemoTask, OpenedPeriod } from "./demo-activity-plan";

/** Code-point order: unlike localeCompare, the same on every machine. */
export const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export async function readTasks(tx: Tx, tenantId: string, planId: string): Promise<DemoTask[]> {
  const tasks = await tx.task.findMany({
    where: { tenantId, planId },
    select: { id: true, number: true, position: true, status: true, progress: true, version: true },
    orderBy: [{ position: "asc" }, { number: "asc" }],
  });
  return tasks.map((t) => ({ ...t, key: `${t.position}#${t.number}` }));
}

/** In period, task, role (lead first) and unit-name order: the first report of a task and period carries its actuals. */
export async function readSlots(tx: Tx, tenantId: string, periods: OpenedPeriod[], tasks: DemoTask[], actors: Actors): Promise<DemoSlot[]> {
  const rows = await tx.reportSlot.findMany({
    where: { tenantId, periodId: { in: periods.map((p) => p.id) } },
    select: { id: true, periodId: true, taskId: true, orgUnitId: true, unitRole: true, orgUnit: { select: { name: true } } },
  });
  const periodIndex = new Map(periods.map((p, i) => [p.id, i]));
  const taskById = new Map(tasks.map((t) => [t.id, t]));
  const leadFirst = (role: UnitRole) => (role === "lead" ? 0 : 1);
  return rows
    .map((s) => ({
      id: s.id,
      periodIndex: periodIndex.get(s.periodId)!,
      task: taskById.get(s.taskId)!,
      unitName: s.orgUnit.name,
      role: s.unitRole,
      author: actors.reporterByUnit.get(s.orgUnitId) ?? actors.staff,
    }))
    .sort(
      (a, b) =>
        a.periodIndex - b.periodIndex || a.task.position - b.task.position || leadFirst(a.role) - leadFirst(b.role) || byCodePoint(a.unitName, b.unitName),
    );
}

export async function readIndicators(tx: Tx, tenantId: string, planId: string, tasks: DemoTask[]): Promise<DemoIndicator[]> {
  const rows = await tx.indicator.findMany({
    where: { tenantId, planId, targetValue: { not: null } },
    orderBy: [{ position: "asc" }, { name: "asc" }],
  });
  const taskById = new Map(tasks.map((t) => [t.id, t]));
  const num = (d: { toString(): string } | null) => (d === null ? null : Number(d.toString()));
  return rows.map((ind) => {
    const task = ind.taskId ? (taskById.get(ind.taskId) ?? null) : null;
    return {
      ...ind,
      key: `${ind.position}|${ind.name}|${ind.unit ?? ""}|${ind.comparator}|${task ? task.key : "plan"}`,
      task,
      baselineValue: num(ind.baselineValue),
      targetValue: num(ind.targetValue)!,
      targetMax: num(ind.targetMax),
    };
  });
}
