/**
 * 重点任务 merged down over rows that each have their own 序号 and 具体工作
 * (重点任务 | 序号 | 具体工作 …): the 重点任务 is the group those rows belong
 * to, and each row's 具体工作 is a task. Read as the task column, every row
 * would be a task of the same title.
 */
import { cellAt, cellText, columnOf, type Header } from "./grid";
import type { TableBlock } from "../blocks";

export function withTaskColumnAsGroup(table: TableBlock, header: Header): Header {
  const task = columnOf(header.columns, "task");
  const number = columnOf(header.columns, "number");
  const measures = columnOf(header.columns, "measures");
  if (task < 0 || number < 0 || measures < 0) return header;
  const grouped = table.rows
    .slice(header.dataStart)
    .some((row) => cellAt(row, task)?.merged === "above" && cellText(row, number) && !cellAt(row, number)?.merged && cellText(row, measures));
  if (!grouped) return header;
  return { ...header, columns: header.columns.map((c, j) => (j === task ? { kind: "category" } : j === measures ? { kind: "task" } : c)) };
}
