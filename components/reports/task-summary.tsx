import Link from "@/components/ui/link";
import { formatDate } from "@/lib/format";
import type { SlotDetail } from "@/lib/reports/queries/get-slot";
import { SlotStatusBadge } from "./slot-status-badge";
import { NumberedTitle } from "@/components/plans/numbered-title";

export function TaskSummary({ slot, overdue, late }: { slot: SlotDetail["slot"]; overdue: boolean; late: boolean }) {
  const { task } = slot;
  return (
    <section className="space-y-2 rounded-xl border border-slate-200 bg-white p-4 shadow-sm" data-testid="task-summary">
      <div className="flex items-start justify-between gap-2">
        <h1 className="min-w-0 text-lg font-semibold break-words sm:text-xl">
          <NumberedTitle number={task.number} title={task.title} />
        </h1>
        <SlotStatusBadge status={slot.status} overdue={overdue} />
      </div>
      <p className="text-xs text-slate-500">
        <Link href={`/tasks/${task.id}`} className="hover:underline">
          {task.plan.title}
        </Link>
      </p>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        <dt className="text-slate-500">填报期</dt>
        <dd>{slot.period.label}</dd>
        <dt className="text-slate-500">截止日期</dt>
        <dd className={overdue ? "font-medium text-red-600" : late ? "text-amber-800" : undefined} data-testid="slot-due">
          {formatDate(slot.dueOn)}
          {overdue ? "（已逾期）" : late ? "（逾期提交）" : ""}
        </dd>
        <dt className="text-slate-500">填报单位</dt>
        <dd className="break-all" data-testid="slot-unit">
          {slot.orgUnit.name}
        </dd>
      </dl>
      {task.goal && (
        <p className="text-sm break-words text-slate-700">
          <span className="text-slate-500">目标：</span>
          {task.goal}
        </p>
      )}
      {task.measures.length > 0 && (
        <details className="text-sm">
          <summary className="cursor-pointer text-brand-700">具体措施（{task.measures.length} 条）</summary>
          <ol className="mt-2 list-decimal space-y-1 pl-5 text-slate-700">
            {task.measures.map((m, i) => (
              <li key={i} className="break-words">
                {m.text}
              </li>
            ))}
          </ol>
        </details>
      )}
    </section>
  );
}
