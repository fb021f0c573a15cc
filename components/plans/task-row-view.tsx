"use client";

// One task in a list: number, title, 亮灯, leaders, units by role, targets, status.
// A client component although it holds no state: a list of them travels to the
// browser as rows of data (TaskRowData), not as each row's rendered tree, which
// in a long list is most of the page's weight (decision 0047).
import Link from "@/components/ui/link";
import { DeadlineText } from "@/components/tasks/deadline-text";
import { TaskLightBadge } from "@/components/supervision/task-light-badge";
import type { TaskRowData } from "@/lib/plans/display/task-row-view";
import { NumberedTitle } from "./numbered-title";
import { StatusBadge } from "./status-badge";
import { TargetChip } from "./target-chip";
import { UnitBadges } from "./unit-badges";

export function TaskRowView({ row }: { row: TaskRowData }) {
  return (
    <li className="space-y-1.5 px-4 py-3" data-testid="task-row">
      <div className="flex items-start justify-between gap-2">
        <Link href={`/tasks/${row.id}`} className="min-w-0 font-medium break-words text-brand-700 hover:underline">
          <NumberedTitle number={row.number} title={row.title} />
        </Link>
        <span className="flex shrink-0 flex-wrap justify-end gap-1">
          {row.light && <TaskLightBadge light={row.light} />}
          <StatusBadge status={row.status} progress={row.progress} />
        </span>
      </div>
      {row.plan && (
        <p className="text-xs text-slate-500">
          所属规划：
          <Link href={`/plans/${row.plan.id}`} className="hover:underline">
            {row.plan.title}
          </Link>
        </p>
      )}
      {row.leaders.length > 0 && (
        <p className="text-xs text-slate-600">
          <span className="text-slate-500">责任领导 </span>
          <span data-testid="task-leaders">{row.leaders.join("、")}</span>
        </p>
      )}
      <UnitBadges units={row.units} />
      {row.deadline && (
        <p className="text-xs text-slate-600">
          <DeadlineText deadline={row.deadline} />
        </p>
      )}
      {row.targets.length > 0 && (
        <div className="flex flex-wrap gap-1.5">
          {row.targets.map((t) => (
            <TargetChip key={t.id} name={t.name} text={t.text} />
          ))}
        </div>
      )}
    </li>
  );
}
