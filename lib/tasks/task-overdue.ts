// A task is overdue when its due date has passed on China's calendar and it is
// not done. Ongoing tasks (全年 / 长期) have no due date, so are never overdue.
// Pure: the task page and lists judge it the same way. (督办 lights build on it.)
import type { TaskStatus } from "@/lib/generated/prisma/enums";

export function isTaskOverdue(task: { dueDate: Date | null; status: TaskStatus }, today: Date): boolean {
  return task.dueDate !== null && task.status !== "completed" && task.dueDate < today;
}
