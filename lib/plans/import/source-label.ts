// Where a parsed task came from, as the review shows it beside the task:
// 第 12 行, or 表 2 第 5 行, with 第 3 页 for a PDF. Pure and client-safe.
import type { TaskSource } from "@/lib/plans/parser/types";

export function describeSource(source: TaskSource): string {
  const place = "table" in source ? `表 ${source.table} 第 ${source.row} 行` : `第 ${source.line} 行`;
  return source.page ? `${place}（第 ${source.page} 页）` : place;
}
