// A task is overdue exactly when its 亮灯 is red: its due date has passed on
// China's calendar and it is neither done nor 销号 (closedAt). Ongoing tasks
// (全年 / 长期) are never overdue. One rule: this asks lib/supervision/light.ts,
// so the 逾期 mark and the 红灯 never disagree.
import { taskLight, type LightTask } from "@/lib/supervision/light";

export function isTaskOverdue(task: Pick<LightTask, "dueDate" | "status" | "ongoing" | "closedAt">, today: Date): boolean {
  // Red depends on the due date alone, not on progress or the plan's start year.
  return taskLight({ ...task, progress: 0 }, today.getUTCFullYear(), today).light === "red";
}
