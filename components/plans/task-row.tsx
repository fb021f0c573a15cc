import Link from "@/components/ui/link";
import type { TaskListItem } from "@/lib/plans/queries/task-select";
import { StatusBadge } from "./status-badge";
import { TargetChip } from "./target-chip";
import { UnitBadges } from "./unit-badges";
import { NumberedTitle } from "@/components/plans/numbered-title";
import type { GroupRollup } from "@/lib/reports/queries/task-group-rollups";
import { TaskDeadline } from "@/components/tasks/task-deadline";
import { TaskLightBadge } from "@/components/supervision/task-light-badge";
import type { LightResult } from "@/lib/supervision/light";

/** One task in a list: number, title, 亮灯, leaders, units by role, targets, status. */
export function TaskRow({
  task,
  planTitle,
  groupRollups,
}: {
  /** With its 亮灯 where the list judged it (lib/supervision/with-lights.ts). */
  task: TaskListItem & { light?: LightResult };
  planTitle?: { id: string; title: string };
  /** Its group units' roll-ups by unit id. */
  groupRollups?: Map<string, GroupRollup>;
}) {
  return (
    <li className="space-y-1.5 px-4 py-3" data-testid="task-row">
      <div className="flex items-start justify-between gap-2">
        <Link href={`/tasks/${task.id}`} className="min-w-0 font-medium break-words text-brand-700 hover:underline">
          <NumberedTitle number={task.number} title={task.title} />
        </Link>
        <span className="flex shrink-0 flex-wrap justify-end gap-1">
          {task.light && <TaskLightBadge light={task.light} />}
          <StatusBadge status={task.status} progress={task.progress} />
        </span>
      </div>
      {planTitle && (
        <p className="text-xs text-slate-500">
          所属规划：
          <Link href={`/plans/${planTitle.id}`} className="hover:underline">
            {planTitle.title}
          </Link>
        </p>
      )}
      {task.leaders.length > 0 && (
        <p className="text-xs text-slate-600">
          <span className="text-slate-500">责任领导 </span>
          <span data-testid="task-leaders">{task.leaders.map((l) => l.person.name).join("、")}</span>
        </p>
      )}
      <UnitBadges units={task.units} rollups={groupRollups} />
      {(task.dueDate || task.deadlineText || (task.ongoing && !task.light)) && (
        <p className="text-xs text-slate-600">
          <TaskDeadline task={task} besideLight={!!task.light} />
        </p>
      )}
      {task.indicators.length > 0 && (
        <div className="flex flex-wrap gap-1.5">
          {task.indicators.map((t) => (
            <TargetChip key={t.id} target={t} />
          ))}
        </div>
      )}
    </li>
  );
}
