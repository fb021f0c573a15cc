// A district's tasks as the city viewer reads them (read-only): light, number
// and title (opening the task's read-only page), plan, status and progress,
// deadline, leaders and units.
import Link from "@/components/ui/link";
import { TaskLightBadge } from "@/components/supervision/task-light-badge";
import { RowList } from "@/components/ui/list-controls";
import { formatDate } from "@/lib/format";
import type { TaskListRow } from "@/lib/plans/queries/list-tasks";
import { sortUnits } from "@/lib/plans/queries/task-select";
import { TASK_STATUS_LABELS } from "@/lib/vocabulary";

export function DistrictTaskRows({ code, tasks, empty }: { code: string; tasks: TaskListRow[]; empty: string }) {
  return (
    <RowList isEmpty={tasks.length === 0} empty={empty} testId="district-tasks">
      {tasks.map((t) => (
        <li key={t.id} className="space-y-1 px-4 py-3 text-sm" data-testid="district-task">
          <div className="flex flex-wrap items-center gap-2">
            <TaskLightBadge light={t.light} />
            <Link href={`/districts/${encodeURIComponent(code)}/tasks/${t.id}`} className="font-medium break-words text-brand-700 underline">
              {t.number}. {t.title}
            </Link>
          </div>
          <p className="text-xs break-words text-slate-600">
            {t.plan.title} · {TASK_STATUS_LABELS[t.status]} · 进度 {t.progress}%
            {t.dueDate ? ` · 完成时限 ${formatDate(t.dueDate)}` : t.deadlineText ? ` · ${t.deadlineText}` : ""}
          </p>
          {(t.leaders.length > 0 || t.units.length > 0) && (
            <p className="text-xs break-words text-slate-500">
              {t.leaders.length > 0 && <>责任领导：{t.leaders.map((l) => l.person.name).join("、")} </>}
              {t.units.length > 0 && (
                <>
                  单位：
                  {sortUnits(t.units)
                    .map((u) => u.orgUnit.name)
                    .join("、")}
                </>
              )}
            </p>
          )}
        </li>
      ))}
    </RowList>
  );
}
