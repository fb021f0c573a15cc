// A district's tasks as the city viewer reads them (read-only): light, number
// and title, plan, status and progress, deadline, leaders and lead units.
import { TaskLightBadge } from "@/components/supervision/task-light-badge";
import { RowList } from "@/components/ui/list-controls";
import { formatDate } from "@/lib/format";
import type { TaskListRow } from "@/lib/plans/queries/list-tasks";
import { sortUnits } from "@/lib/plans/queries/task-select";
import { TASK_STATUS_LABELS } from "@/lib/vocabulary";

export function DistrictTaskRows({ tasks, empty }: { tasks: TaskListRow[]; empty: string }) {
  return (
    <RowList isEmpty={tasks.length === 0} empty={empty} testId="district-tasks">
      {tasks.map((t) => (
        <li key={t.id} className="space-y-1 px-4 py-3 text-sm" data-testid="district-task">
          <div className="flex flex-wrap items-center gap-2">
            <TaskLightBadge light={t.light} />
            <span className="font-medium break-words">
              {t.number}. {t.title}
            </span>
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
