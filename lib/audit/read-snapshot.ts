// Reads a deletion's snapshot (snapshot-plan.ts / snapshot-tasks.ts, stored as
// JSON) back into what the audit detail page shows: the plan, and per task its
// status history and every unit's reports with their events. Parsed with zod
// so an older or hand-written snapshot shows what it has instead of failing.
import { z } from "zod";

const text = z.string().nullish().catch(null);
const int = z.number().nullish().catch(null);
const list = <T extends z.ZodType>(item: T) => z.array(item).catch([]);

const statusEvent = z.object({
  id: z.string(),
  createdAt: z.string(),
  actorUserId: text,
  fromStatus: text,
  toStatus: z.string(),
  fromProgress: int,
  toProgress: int,
  dueDate: text,
  note: text,
});

const reportEvent = z.object({
  id: z.string(),
  createdAt: z.string(),
  actorUserId: text,
  action: z.string(),
  fromStatus: text,
  toStatus: z.string(),
  comment: text,
});

const report = z.object({
  id: z.string(),
  status: z.string(),
  summary: z.string().catch(""),
  progress: z.number().catch(0),
  problems: z.string().catch(""),
  nextSteps: z.string().catch(""),
  submittedAt: text,
  reviewComment: text,
  events: list(reportEvent),
  attachments: list(z.object({ id: z.string(), fileName: z.string(), sizeBytes: z.number().catch(0), sha256: text })),
});

const slot = z.object({
  id: z.string(),
  status: z.string(),
  period: z.object({ label: z.string() }).catch({ label: "" }),
  orgUnit: z.object({ name: z.string() }).catch({ name: "" }),
  report: report.nullish().catch(null),
});

const task = z.object({
  id: z.string(),
  number: z.number(),
  title: z.string(),
  status: z.string(),
  progress: z.number().catch(0),
  statusEvents: list(statusEvent),
  slots: list(slot),
});

const snapshot = z.object({
  plan: z.object({ id: z.string(), title: z.string(), startYear: int, endYear: int }).nullish().catch(null),
  tasks: list(task),
});

export type DeletionSnapshot = z.infer<typeof snapshot>;
export type SnapshotTask = DeletionSnapshot["tasks"][number];

export function readSnapshot(value: unknown): DeletionSnapshot | null {
  const parsed = snapshot.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** Every account named in the snapshot's events, for one name lookup. */
export function snapshotActorIds(s: DeletionSnapshot): string[] {
  const ids = s.tasks.flatMap((t) => [
    ...t.statusEvents.map((e) => e.actorUserId),
    ...t.slots.flatMap((sl) => (sl.report ? sl.report.events.map((e) => e.actorUserId) : [])),
  ]);
  return [...new Set(ids.filter((id): id is string => Boolean(id)))];
}
