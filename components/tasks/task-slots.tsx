import Link from "@/components/ui/link";
import type { TaskSlotRow } from "@/lib/reports/queries/task-slots";
import { SLOT_STATUS_LABELS } from "@/lib/vocabulary";
import { formatDate } from "@/lib/format";

export function TaskSlots({ slots }: { slots: TaskSlotRow[] }) {
  if (slots.length === 0) return <p className="text-sm text-slate-500">尚未开启填报期</p>;
  return (
    <ul className="divide-y divide-slate-100 text-sm" data-testid="task-slots">
      {slots.map((s) => (
        <li key={s.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
          <Link href={`/reports/${s.id}`} className="text-brand-700 hover:underline">
            {s.periodLabel} · {s.unitName}
          </Link>
          <span className={`text-xs ${s.overdue ? "text-red-600" : "text-slate-500"}`}>
            {SLOT_STATUS_LABELS[s.status]}
            {s.progress !== null ? ` · ${s.progress}%` : ""} · 截止 {formatDate(s.dueOn)}
            {s.overdue ? "（逾期）" : ""}
          </span>
        </li>
      ))}
    </ul>
  );
}
