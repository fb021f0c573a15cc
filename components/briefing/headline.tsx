// Section 一 of the briefing: the plan's headline figures and its tasks by status.
import { formatShare } from "@/lib/format";
import type { PlanHeadline } from "@/lib/briefing/plan-headline";
import { TASK_STATUS_LABELS, TASK_STATUSES } from "@/lib/vocabulary";

export function BriefingHeadline({ headline }: { headline: PlanHeadline }) {
  const { counts } = headline;
  return (
    <section aria-labelledby="briefing-headline" className="break-inside-avoid" data-testid="briefing-headline">
      <h2 id="briefing-headline" className="mb-2 text-base font-semibold">
        一、总体进展
      </h2>
      <dl className="grid grid-cols-2 gap-2 sm:grid-cols-4 print:grid-cols-4">
        <Figure label="完成率" value={formatShare(headline.completedShare)} sub={`已完成 ${counts.completed}/${counts.total} 项`} testId="brief-completed" />
        <Figure label="滞后任务" value={counts.delayed} sub="项" alert={counts.delayed > 0} testId="brief-delayed" />
        <Figure
          label="逾期未报"
          value={headline.overdueSlots}
          sub={`份，涉及 ${headline.overdueTasks} 项任务`}
          alert={headline.overdueSlots > 0}
          testId="brief-overdue"
        />
        <Figure label="任务总数" value={counts.total} sub="项" testId="brief-total" />
      </dl>
      <p className="mt-2 text-sm text-slate-700" data-testid="brief-status">
        {TASK_STATUSES.map((s) => `${TASK_STATUS_LABELS[s]} ${counts[s]} 项`).join("，")}。
      </p>
    </section>
  );
}

function Figure({ label, value, sub, alert, testId }: { label: string; value: string | number; sub?: string; alert?: boolean; testId: string }) {
  return (
    <div className="rounded-lg border border-slate-300 px-3 py-2" data-testid={testId}>
      <dt className="text-xs text-slate-500">{label}</dt>
      <dd>
        <span className={`text-xl font-semibold tabular-nums ${alert ? "text-red-700" : ""}`} data-testid={`${testId}-value`}>
          {value}
        </span>
        {sub && <span className="ml-1 text-xs text-slate-500">{sub}</span>}
      </dd>
    </div>
  );
}
