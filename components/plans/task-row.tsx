import type { TaskListItem } from "@/lib/plans/queries/task-select";
import { toTaskRowData } from "@/lib/plans/display/task-row-view";
import type { GroupRollup } from "@/lib/reports/queries/task-group-rollups";
import { todayInChina } from "@/lib/reports/periods";
import type { LightResult } from "@/lib/supervision/light";
import { TaskRowView } from "./task-row-view";

/** One task in a list, decided on the server and drawn by TaskRowView. */
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
  return <TaskRowView row={toTaskRowData(task, { plan: planTitle, rollups: groupRollups, today: todayInChina() })} />;
}
