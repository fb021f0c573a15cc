import Link from "@/components/ui/link";
import { formatDate } from "@/lib/format";
import { isUnsubmittedSlot, submittedLate } from "@/lib/reports/slot-status";
import type { SlotRow } from "@/lib/reports/queries/list-slots";
import { SlotStatusBadge } from "./slot-status-badge";
import { slotUnitLabel } from "@/lib/org/unit-label";
import { NumberedTitle } from "@/components/plans/numbered-title";

export function SlotList({ items, today, showUnit }: { items: SlotRow[]; today: Date; showUnit: boolean }) {
  return (
    <ul className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white" data-testid="slot-list">
      {items.map((s) => {
        const overdue = isUnsubmittedSlot(s.status) && s.dueOn < today;
        const late = !isUnsubmittedSlot(s.status) && submittedLate(s.report?.submittedAt, s.dueOn);
        return (
          <li key={s.id} data-testid="slot-row">
            <Link href={`/reports/${s.id}`} className="block space-y-1 px-4 py-3 hover:bg-slate-50">
              <div className="flex items-start justify-between gap-2">
                <p className="min-w-0 font-medium break-words text-brand-700">
                  <NumberedTitle number={s.task.number} title={s.task.title} />
                </p>
                <SlotStatusBadge status={s.status} overdue={overdue} />
              </div>
              <p className="truncate text-xs text-slate-500">{s.task.plan.title}</p>
              <p className="flex flex-wrap gap-x-3 gap-y-0.5 text-xs text-slate-600">
                <span>{s.period.label}</span>
                <span className={overdue ? "font-medium text-red-600" : late ? "text-amber-800" : undefined}>
                  截止 {formatDate(s.dueOn)}
                  {overdue ? "（已逾期）" : late ? "（逾期提交）" : ""}
                </span>
                {showUnit && (
                  <span className="break-all" data-testid="slot-unit">
                    {slotUnitLabel(s.orgUnit.name, s.groupUnit?.name)}
                  </span>
                )}
                {s.report && s.report.progress > 0 && <span className="tabular-nums">进度 {s.report.progress}%</span>}
              </p>
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
