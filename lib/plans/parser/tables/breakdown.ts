/**
 * 任务分解表: 序号 | 重点工作任务 (or 目标与任务, 具体措施 …) | 责任领导 |
 * 牵头单位 | 配合单位 | 完成时限 | 备注, in any order and wording. A table
 * of measures alone counts when it also assigns people, units or a deadline.
 */
import type { Recogniser } from "./context";
import { findHeader, has, isTrackedProjectList } from "./grid";
import { readTaskRows } from "./task-rows";

export const breakdownTable: Recogniser = {
  name: "breakdown",
  match: (table) =>
    findHeader(
      table.rows,
      (cols) => has(cols, "task") || (has(cols, "measures", "goal") && has(cols, "leaders", "units", "deadline")) || isTrackedProjectList(cols),
    ),
  read: (table, header, ctx) => readTaskRows(table, header, ctx, "task"),
};
