// The task list as /tasks filters it, as .xlsx: what staff take to a meeting
// or hand to a 督查组. One row per task, the columns the list shows, the
// units by their part (牵头 / 责任 / 配合) as a plan's 分解表 has them.
import "server-only";
import type { Tx } from "@/lib/db/tenant-scope";
import { exportCapNote, writeTableXlsx } from "@/lib/files/table-xlsx";
import { formatDate } from "@/lib/format";
import type { TaskListFilter } from "@/lib/plans/display/task-list-filter";
import { todayInChina } from "@/lib/reports/periods";
import { TASK_STATUS_LABELS, taskLightText, UNIT_ROLE_LABELS, UNIT_ROLES } from "@/lib/vocabulary";
import { listTasks, type TaskListRow, type TaskListScope } from "./list-tasks";
import { sortUnits } from "./task-select";

export const TASKS_SHEET = "任务清单";
/** Every task of a district is a few thousand; past this the file says where it stopped. */
export const MAX_EXPORT_TASKS = 10_000;

const COLUMNS = [
  { header: "规划", width: 36 },
  { header: "编号", width: 8 },
  { header: "任务", width: 48 },
  { header: "状态", width: 10 },
  { header: "进度（%）", width: 10 },
  { header: "完成时限", width: 16 },
  { header: "亮灯", width: 16 },
  ...UNIT_ROLES.map((role) => ({ header: `${UNIT_ROLE_LABELS[role]}单位`, width: 28 })),
  { header: "责任领导", width: 20 },
] as const;

function row(t: TaskListRow): (string | number | null)[] {
  const units = sortUnits(t.units);
  return [
    t.plan.title,
    t.number,
    t.title,
    TASK_STATUS_LABELS[t.status],
    t.progress,
    t.dueDate ? formatDate(t.dueDate) : (t.deadlineText ?? (t.ongoing ? "持续推进" : "")),
    taskLightText(t.light.light, t.light.reason),
    ...UNIT_ROLES.map((role) =>
      units
        .filter((u) => u.role === role)
        .map((u) => u.orgUnit.name)
        .join("、"),
    ),
    t.leaders.map((l) => l.person.name).join("、"),
  ];
}

export async function writeTasksXlsx(tx: Tx, scope: TaskListScope, filter: TaskListFilter): Promise<{ body: Buffer; total: number }> {
  const page = await listTasks(tx, scope, { ...filter, page: 1 }, todayInChina(), MAX_EXPORT_TASKS);
  const cut = exportCapNote(page.total, page.items.length, "项");
  return { body: await writeTableXlsx(TASKS_SHEET, COLUMNS, page.items.map(row), cut), total: page.total };
}
