// The task's deadline in its page head (lib/tasks/deadline-view.ts says what it shows).
import { DeadlineText } from "@/components/tasks/deadline-text";
import { todayInChina } from "@/lib/reports/periods";
import { describeDeadline, type DeadlineFacts } from "@/lib/tasks/deadline-view";

export function TaskDeadline({ task, today = todayInChina() }: { task: DeadlineFacts; today?: Date }) {
  const deadline = describeDeadline(task, today);
  return deadline ? <DeadlineText deadline={deadline} /> : null;
}
