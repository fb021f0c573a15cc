/**
 * 整改清单: 问题 | 整改措施 | 责任单位 | 责任人 | 整改时限. Each problem is a
 * task titled by the problem, its 整改措施 the measures.
 */
import type { Recogniser } from "./context";
import { findHeader, has } from "./grid";
import { readTaskRows } from "./task-rows";

export const rectificationList: Recogniser = {
  name: "rectification",
  match: (table) => findHeader(table.rows, (cols) => has(cols, "problem") && has(cols, "measures", "units", "leaders", "deadline")),
  read: (table, header, ctx) => readTaskRows(table, header, ctx, "problem"),
};
