import Link from "@/components/ui/link";
import type { Headline } from "@/lib/dashboard/headline";
import type { DashboardScope } from "@/lib/dashboard/scope";
import { TASK_STATUS_LABELS, TASK_STATUSES } from "@/lib/vocabulary";
import type { TaskStatus } from "@/lib/generated/prisma/enums";
import { taskListHref } from "@/lib/plans/display/task-list-href";
import { DeltaStat } from "./delta-stat";
import { deltaTone, formatDelta, formatShare } from "@/lib/format";

/** More of these is good news, fewer of these is: colours the ▲▼ of the status strip. */
const GOOD: Record<TaskStatus, "up" | "down" | "neutral"> = {
  not_started: "down",
  in_progress: "neutral",
  completed: "up",
  delayed: "down",
  paused: "down",
};
const TONE = { good: "text-green-700", bad: "text-red-700", neutral: "text-slate-500" } as const;

/** Are we on track: completion, what is behind, what is unreported — each against the start of the quarter. */
export async function HeadlineSection({ scope, headline }: { scope: DashboardScope; headline: Promise<Headline> }) {
  const { now, then } = await headline;
  const mine = Boolean(scope.mineUserId);
  const href = (f: Parameters<typeof taskListHref>[0]) => taskListHref({ ...f, mine });
  const sharePoints = (now.completedShare - then.completedShare) * 100;
  return (
    <section aria-label="总体进展" className="space-y-3">
      <div className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        <DeltaStat
          label="完成率"
          value={formatShare(now.completedShare)}
          sub={`已完成 ${now.counts.completed}/${now.counts.total} 项`}
          href={href({ status: "completed" })}
          delta={sharePoints}
          deltaUnit=" 个百分点"
          good="up"
          testId="stat-completed"
        />
        <DeltaStat
          label="滞后任务"
          value={now.counts.delayed}
          href={href({ status: "delayed" })}
          delta={now.counts.delayed - then.counts.delayed}
          good="down"
          alert={now.counts.delayed > 0}
          testId="stat-delayed"
        />
        <DeltaStat
          label="逾期未报（份）"
          value={now.overdueSlots}
          sub={`涉及 ${now.overdueTasks} 项任务`}
          href={href({ overdue: true })}
          delta={now.overdueSlots - then.overdueSlots}
          good="down"
          alert={now.overdueSlots > 0}
          testId="stat-overdue"
        />
        <DeltaStat label="任务总数" value={now.counts.total} href={href({})} delta={now.counts.total - then.counts.total} good="neutral" testId="stat-total" />
      </div>
      <ul className="grid grid-cols-2 gap-2 text-sm sm:grid-cols-5" aria-label="任务状态" data-testid="status-strip">
        {TASK_STATUSES.map((status) => {
          const delta = now.counts[status] - then.counts[status];
          return (
            <li key={status}>
              <Link
                href={href({ status })}
                className="flex items-baseline justify-between gap-2 rounded-lg border border-slate-200 bg-white px-3 py-2 hover:border-brand-600"
                data-testid={`status-${status}`}
              >
                <span className="text-slate-600">{TASK_STATUS_LABELS[status]}</span>
                <span className="flex items-baseline gap-1.5">
                  <span className="font-semibold tabular-nums" data-testid={`status-${status}-value`}>
                    {now.counts[status]}
                  </span>
                  <span className={`text-xs tabular-nums ${TONE[deltaTone(delta, GOOD[status])]}`} title="较本季度初">
                    {formatDelta(delta)}
                  </span>
                </span>
              </Link>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
