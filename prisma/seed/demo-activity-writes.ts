// The demo sink: a simulated plan (lib/simulation) written with Prisma
// createMany / updateMany inside the tenant's transaction, so row-level
// security applies exactly as for the app (reports: ./demo-activity-reports.ts).
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SlotStatus } from "@/lib/generated/prisma/enums";
import type { Tx } from "@/lib/db/tenant-scope";
import type { SimActual, SlotOutcome, TaskHistory } from "@/lib/simulation/types";
import type { DemoIndicator, DemoSlot, DemoTask, OpenedPeriod } from "./demo-activity-plan";

export interface DemoActivityCounts {
  periods: number;
  slots: number;
  reports: number;
  reportEvents: number;
  actuals: number;
  statusEvents: number;
  tasks: number;
}

export const dateOrNull = (ms: number | null) => (ms === null ? null : new Date(ms));

/** Appends `value` to the list under `key`. */
function group<K, V>(map: Map<K, V[]>, key: K, value: V) {
  map.set(key, [...(map.get(key) ?? []), value]);
}

export async function writeTaskHistories(tx: Tx, tenantId: string, histories: TaskHistory<DemoTask>[], staff: string, counts: DemoActivityCounts) {
  const events: Prisma.TaskStatusEventCreateManyInput[] = [];
  for (const { task, changes, status, progress, dueDate } of histories) {
    if (!changes.length) continue;
    for (const c of changes) {
      events.push({
        tenantId,
        taskId: task.id,
        actorUserId: staff,
        fromStatus: c.from,
        toStatus: c.to,
        fromProgress: c.fromProgress,
        toProgress: c.toProgress,
        dueDate: dateOrNull(c.dueDate),
        note: c.note,
        createdAt: new Date(c.at),
      });
    }
    await tx.task.update({
      where: { tenantId_id: { tenantId, id: task.id } },
      data: { status, progress, version: task.version + changes.length, ...(dueDate !== null ? { dueDate: new Date(dueDate) } : {}) },
    });
    counts.tasks++;
  }
  if (events.length) await tx.taskStatusEvent.createMany({ data: events });
  counts.statusEvents += events.length;
}

/** Slot statuses, and the overdue marks the overdue job would have set the morning after each due date. */
export async function writeSlotStates(tx: Tx, tenantId: string, outcomes: SlotOutcome<DemoSlot>[]) {
  const byStatus = new Map<SlotStatus, string[]>();
  const byMarkTime = new Map<number, string[]>();
  for (const o of outcomes) {
    group(byStatus, o.status, o.slot.id);
    if (o.overdueAt !== null) group(byMarkTime, o.overdueAt, o.slot.id);
  }
  for (const [status, ids] of byStatus) {
    if (status !== "open") await tx.reportSlot.updateMany({ where: { tenantId, id: { in: ids } }, data: { status } });
  }
  for (const [at, ids] of byMarkTime) await tx.reportSlot.updateMany({ where: { tenantId, id: { in: ids } }, data: { overdueMarkedAt: new Date(at) } });
}

export async function writeActuals(
  tx: Tx,
  tenantId: string,
  actuals: SimActual<DemoIndicator, DemoSlot>[],
  periods: OpenedPeriod[],
  reportIds: Map<string, string>,
  counts: DemoActivityCounts,
) {
  if (!actuals.length) return;
  await tx.indicatorActual.createMany({
    data: actuals.map((a) => ({
      tenantId,
      indicatorId: a.indicator.id,
      reportId: a.carrier ? reportIds.get(a.carrier.slot.id)! : null,
      periodId: periods[a.periodIndex]!.id,
      asOf: periods[a.periodIndex]!.endsOn,
      value: a.value,
      reviewState: a.reviewState,
      enteredById: a.enteredBy,
      createdAt: new Date(a.createdAt),
    })),
  });
  counts.actuals += actuals.length;
}
