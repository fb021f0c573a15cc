// Task counts by status as SQL columns and back: shared by the headline and
// the breakdowns so every table counts the same way.
import { Prisma } from "@/lib/generated/prisma/client";
import type { TaskStatus } from "@/lib/generated/prisma/enums";

export type StatusCounts = Record<TaskStatus, number> & { total: number };

/** Raw count columns as $queryRaw returns them (count(*) is bigint). */
export type StatusCountColumns = Record<TaskStatus | "total", bigint | number>;

/** `count(*) AS total, count(*) FILTER (WHERE t.status = '…') AS …` over tasks aliased `t`. */
export const STATUS_COUNT_COLUMNS = Prisma.sql`count(DISTINCT t.id) AS total,
  count(DISTINCT t.id) FILTER (WHERE t.status = 'not_started') AS not_started,
  count(DISTINCT t.id) FILTER (WHERE t.status = 'in_progress') AS in_progress,
  count(DISTINCT t.id) FILTER (WHERE t.status = 'completed') AS completed,
  count(DISTINCT t.id) FILTER (WHERE t.status = 'delayed') AS delayed,
  count(DISTINCT t.id) FILTER (WHERE t.status = 'paused') AS paused`;

export function toStatusCounts(row: StatusCountColumns): StatusCounts {
  return {
    total: Number(row.total),
    not_started: Number(row.not_started),
    in_progress: Number(row.in_progress),
    completed: Number(row.completed),
    delayed: Number(row.delayed),
    paused: Number(row.paused),
  };
}

/** Completed share, 0–1 (0 for an empty group). */
export function completedShare(counts: StatusCounts): number {
  return counts.total === 0 ? 0 : counts.completed / counts.total;
}
