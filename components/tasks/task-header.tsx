// The task page's head: where the task sits in its plan, its number, title,
// status and due date, and 编辑任务 for those who may manage plans.
import Link from "@/components/ui/link";
import { StatusBadge } from "@/components/plans/status-badge";
import { formatChineseDate, formatPeriod } from "@/lib/format";
import { todayInChina } from "@/lib/reports/periods";
import { closedOnText } from "@/lib/vocabulary";
import type { TaskDetail } from "@/lib/plans/queries/get-task";
import { NumberedTitle } from "@/components/plans/numbered-title";
import { TaskDeadline } from "./task-deadline";

export function TaskHeader({ task, canEdit }: { task: TaskDetail; canEdit: boolean }) {
  return (
    <>
      <nav className="mb-2 flex flex-wrap items-center gap-1 text-sm text-slate-500" aria-label="面包屑">
        <Link href="/plans" className="hover:underline">
          规划
        </Link>
        <span aria-hidden>›</span>
        <Link href={`/plans/${task.plan.id}`} className="break-all hover:underline">
          {task.plan.title}
        </Link>
        <span aria-hidden>›</span>
        <Link href={`/plans/${task.plan.id}?section=${task.section.id}`} className="break-all hover:underline">
          {task.section.title}
        </Link>
      </nav>
      <div className="mb-6 flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <h1 className="text-xl font-semibold break-words sm:text-2xl">
            <NumberedTitle number={task.number} title={task.title} gap="mr-2" />
          </h1>
          <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-slate-500">
            <StatusBadge status={task.status} progress={task.progress} />
            <span>{formatPeriod(task.plan.startYear, task.plan.endYear)}</span>
            <TaskDeadline task={task} />
            {task.closedAt && (
              <span className="font-medium text-green-800" data-testid="task-closed">
                {closedOnText(formatChineseDate(todayInChina(task.closedAt)))}
              </span>
            )}
          </p>
        </div>
        {canEdit && (
          <Link
            href={`/tasks/${task.id}/edit`}
            className="inline-flex min-h-10 items-center rounded-md border border-slate-300 bg-white px-4 text-sm font-medium text-slate-700 hover:bg-slate-50"
          >
            编辑任务
          </Link>
        )}
      </div>
    </>
  );
}
