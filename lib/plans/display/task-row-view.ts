// A task row as the browser draws it (TaskRowView, components/plans/task-row-view.tsx):
// everything decided and formatted here on the server, so the row travels as a
// few hundred bytes of data and renders the same on both sides. Units are
// sorted here because collation (zh-CN) may differ between Node and a phone's
// browser, and a row must hydrate exactly as it was rendered.
import type { TaskStatus, UnitRole } from "@/lib/generated/prisma/enums";
import { formatTarget } from "@/lib/format";
import { sortUnits, type TaskListItem } from "@/lib/plans/queries/task-select";
import type { SlotRollup } from "@/lib/reports/slot-status";
import type { LightResult } from "@/lib/supervision/light";
import { describeDeadline, type DeadlineView } from "@/lib/tasks/deadline-view";

export interface TaskRowData {
  id: string;
  number: number;
  title: string;
  status: TaskStatus;
  progress: number;
  light: LightResult | null;
  plan: { id: string; title: string } | null;
  leaders: string[];
  units: { id: string; name: string; role: UnitRole; rollup: SlotRollup | null }[];
  deadline: DeadlineView | null;
  targets: { id: string; name: string; text: string }[];
}

export function toTaskRowData(
  task: TaskListItem & { light?: LightResult },
  { plan, rollups, today }: { plan?: { id: string; title: string }; rollups?: Map<string, SlotRollup>; today: Date },
): TaskRowData {
  return {
    id: task.id,
    number: task.number,
    title: task.title,
    status: task.status,
    progress: task.progress,
    light: task.light ?? null,
    plan: plan ? { id: plan.id, title: plan.title } : null,
    leaders: task.leaders.map((l) => l.person.name),
    units: sortUnits(task.units).map((u) => ({ id: u.orgUnit.id, name: u.orgUnit.name, role: u.role, rollup: rollupOf(rollups?.get(u.orgUnit.id)) })),
    deadline: describeDeadline(task, today, { besideLight: Boolean(task.light) }),
    targets: task.indicators.map((t) => ({ id: t.id, name: t.name, text: `${formatTarget(t)}${t.targetYear ? ` · ${t.targetYear}` : ""}` })),
  };
}

/** The three figures the row shows, not the period's label beside them. */
function rollupOf(r: SlotRollup | undefined): SlotRollup | null {
  return r ? { reported: r.reported, total: r.total, overdue: r.overdue } : null;
}
