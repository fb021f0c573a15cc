// The task's deadline in its page head: the date it is due, the deadline as the
// document wrote it when that says more (2025年6月底前, 长期), and 逾期 in red
// once the date has passed and the task is neither done nor 销号. In a list row
// the 亮灯 badge beside it already says 红灯 or 持续/无时限, so `besideLight`
// drops the 逾期 chip and the ongoing word there: one mark, one word per row.
import type { TaskStatus } from "@/lib/generated/prisma/enums";
import { formatDate } from "@/lib/format";
import { todayInChina } from "@/lib/reports/periods";
import { isTaskOverdue } from "@/lib/tasks/task-overdue";
import { DEADLINE_LABELS } from "@/lib/vocabulary";

type Deadline = { dueDate: Date | null; deadlineText: string | null; ongoing: boolean; status: TaskStatus; closedAt: Date | null };

export function TaskDeadline({ task, today = todayInChina(), besideLight = false }: { task: Deadline; today?: Date; besideLight?: boolean }) {
  const written = task.deadlineText?.trim() || null;
  const shown = task.dueDate ? formatDate(task.dueDate) : task.ongoing && !besideLight ? DEADLINE_LABELS.ongoing : written;
  if (!shown) return null;
  const overdue = isTaskOverdue(task, today);
  const chip = overdue && !besideLight;
  return (
    <span className={overdue ? "font-medium text-red-700" : undefined} data-testid="task-deadline">
      {DEADLINE_LABELS.written} {shown}
      {written && written !== shown ? <span className="text-slate-500">（{written}）</span> : null}
      {chip && (
        <span data-testid="task-overdue" className="ml-1 rounded bg-red-600 px-1.5 py-0.5 text-xs whitespace-nowrap text-white">
          {DEADLINE_LABELS.overdue}
        </span>
      )}
    </span>
  );
}
