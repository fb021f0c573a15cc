// Everything that hangs off a set of tasks, as audit JSON: the task rows with
// their people, units, measures and milestones, their targets with every
// actual, their status history, and every report slot with its report, the
// report's events and its evidence records (file names, hashes and storage
// keys: the files themselves stay in storage). Deleting a task cascades all of
// it away; this is what the deletion's audit event keeps (decision 0007).
// One query per relation whatever the number of tasks.
import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";
import type { Prisma } from "@/lib/generated/prisma/client";

const TASK_HISTORY_INCLUDE = {
  section: { select: { id: true, title: true } },
  measures: { orderBy: { position: "asc" }, select: { position: true, text: true } },
  leaders: { select: { person: { select: { id: true, name: true } } } },
  units: { select: { role: true, orgUnit: { select: { id: true, name: true } } } },
  milestones: { orderBy: { position: "asc" } },
  indicators: { orderBy: { position: "asc" }, include: { actuals: { orderBy: [{ asOf: "asc" }, { createdAt: "asc" }] } } },
  statusEvents: { orderBy: { createdAt: "asc" } },
  slots: {
    orderBy: [{ dueOn: "asc" }, { createdAt: "asc" }],
    include: {
      period: { select: { id: true, label: true, startsOn: true, endsOn: true, dueOn: true } },
      orgUnit: { select: { id: true, name: true } },
      report: {
        include: {
          events: { orderBy: { createdAt: "asc" } },
          attachments: { orderBy: { createdAt: "asc" } },
        },
      },
    },
  },
} satisfies Prisma.TaskInclude;

export type TaskHistorySnapshot = Prisma.TaskGetPayload<{ include: typeof TASK_HISTORY_INCLUDE }>;

export interface SnapshotCounts {
  tasks: number;
  statusEvents: number;
  reports: number;
  reportEvents: number;
  attachments: number;
  actuals: number;
}

export async function snapshotTasks(tx: Tx, tenantId: string, where: { planId: string } | { id: string }): Promise<TaskHistorySnapshot[]> {
  return tx.task.findMany({ where: { tenantId, ...where }, orderBy: { position: "asc" }, include: TASK_HISTORY_INCLUDE });
}

/** How much history a snapshot holds: shown in the audit list without loading the snapshot itself. */
export function countTaskHistory(tasks: TaskHistorySnapshot[], planActuals = 0): SnapshotCounts {
  const reports = tasks.flatMap((t) => t.slots.flatMap((s) => (s.report ? [s.report] : [])));
  return {
    tasks: tasks.length,
    statusEvents: tasks.reduce((n, t) => n + t.statusEvents.length, 0),
    reports: reports.length,
    reportEvents: reports.reduce((n, r) => n + r.events.length, 0),
    attachments: reports.reduce((n, r) => n + r.attachments.length, 0),
    actuals: planActuals + tasks.reduce((n, t) => n + t.indicators.reduce((m, i) => m + i.actuals.length, 0), 0),
  };
}

/** Dates as ISO text and decimals as exact text: what the JSON column stores. */
export function toAuditJson(value: unknown): Prisma.InputJsonValue {
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}
