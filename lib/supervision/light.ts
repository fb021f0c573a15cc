// 亮灯 rules, pure, so every list, page, export and job judges a task the same
// way (the SQL form in lists must agree: see its tests).
//
// - done (已完成, or 销号): no light;
// - ongoing (长期/全年) or no due date: "none" (持续 / 无时限);
// - due date before today (China's calendar): red;
// - due within `dueSoonDays` days (today counts as 0 days): yellow;
// - progress strictly below the straight line from the plan's start (1 January
//   of its first year) to the due date: yellow; exactly on the line is green;
// - otherwise green.
import type { TaskStatus } from "@/lib/generated/prisma/enums";
import type { TaskLight, TaskLightReason } from "@/lib/vocabulary";

export const DEFAULT_DUE_SOON_DAYS = 7;
export const DEFAULT_ACK_DAYS = 3;

export interface LightTask {
  status: TaskStatus;
  progress: number;
  /** A calendar date (UTC midnight, as DATE columns arrive). */
  dueDate: Date | null;
  ongoing: boolean;
  closedAt: Date | null;
}

export interface LightResult {
  light: TaskLight;
  reason: TaskLightReason | null;
  /** Where the straight line says progress should be today (0–100), when the task has a dated deadline. */
  expectedProgress: number | null;
}

const DAY_MS = 86_400_000;

/** `planStartYear`: the plan's first year; `today`: China's calendar date at UTC midnight (todayInChina()). */
export function taskLight(task: LightTask, planStartYear: number, today: Date, dueSoonDays = DEFAULT_DUE_SOON_DAYS): LightResult {
  if (task.status === "completed" || task.closedAt) return { light: "done", reason: null, expectedProgress: null };
  if (task.ongoing || !task.dueDate) return { light: "none", reason: null, expectedProgress: null };
  const expectedProgress = expectedProgressOn(planStartYear, task.dueDate, today);
  const daysLeft = wholeDays(task.dueDate.getTime() - today.getTime());
  if (daysLeft < 0) return { light: "red", reason: "overdue", expectedProgress };
  if (daysLeft <= dueSoonDays) return { light: "yellow", reason: "due-soon", expectedProgress };
  if (task.progress < expectedProgress) return { light: "yellow", reason: "behind", expectedProgress };
  return { light: "green", reason: "on-track", expectedProgress };
}

/**
 * The straight line from 1 January of the plan's first year (0%) to the due
 * date (100%), at `today`, floored to a whole percent. Whole days and integer
 * division, not a float share: 29/100 × 100 is 28.999… in doubles, and the SQL
 * twin (light-sql.ts) divides integers, so both must.
 */
export function expectedProgressOn(planStartYear: number, dueDate: Date, today: Date): number {
  const start = Date.UTC(planStartYear, 0, 1);
  const span = wholeDays(dueDate.getTime() - start);
  if (span <= 0) return 100;
  const elapsed = Math.max(0, wholeDays(today.getTime() - start));
  return Math.min(100, Math.floor((100 * elapsed) / span));
}

function wholeDays(ms: number): number {
  return Math.round(ms / DAY_MS);
}

/** 待签收 turns yellow on the staff's list once an assignment has waited longer than `ackDays` whole days. */
export function isAcknowledgementLate(assignedAt: Date, now: Date, ackDays = DEFAULT_ACK_DAYS): boolean {
  return now.getTime() - assignedAt.getTime() > ackDays * DAY_MS;
}
