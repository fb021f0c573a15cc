// What a task's 完成时限 says, decided once on the server so a row rendered in
// the browser shows exactly what the page head does: the date it is due, the
// deadline as the document wrote it when that says more (2025年6月底前, 长期),
// and 逾期 once the date has passed and the task is neither done nor 销号.
// In a list row the 亮灯 badge beside it already says 红灯 or 持续/无时限, so
// `besideLight` drops the 逾期 chip and the ongoing word there.
import type { TaskStatus } from "@/lib/generated/prisma/enums";
import { formatDate } from "@/lib/format";
import { isTaskOverdue } from "@/lib/tasks/task-overdue";
import { DEADLINE_LABELS } from "@/lib/vocabulary";

export type DeadlineFacts = { dueDate: Date | null; deadlineText: string | null; ongoing: boolean; status: TaskStatus; closedAt: Date | null };

export interface DeadlineView {
  /** The date, the ongoing word, or the text as written. */
  shown: string;
  /** The text as written, when it says more than `shown`. */
  written: string | null;
  overdue: boolean;
  /** The red 逾期 chip (not beside a 亮灯 badge, which says it already). */
  chip: boolean;
}

/** Null when the task states no deadline at all. */
export function describeDeadline(task: DeadlineFacts, today: Date, { besideLight = false }: { besideLight?: boolean } = {}): DeadlineView | null {
  const written = task.deadlineText?.trim() || null;
  const shown = task.dueDate ? formatDate(task.dueDate) : task.ongoing && !besideLight ? DEADLINE_LABELS.ongoing : written;
  if (!shown) return null;
  const overdue = isTaskOverdue(task, today);
  return { shown, written: written && written !== shown ? written : null, overdue, chip: overdue && !besideLight };
}
