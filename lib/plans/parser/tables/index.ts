/**
 * Table recognisers, tried in this order on each table block; the first whose
 * header matches reads the table. Order matters only where headers overlap:
 * a project table names 责任单位 too, and a rectification list has 整改措施,
 * so the more specific headers go first; an indicator table with years goes
 * before the task tables (its 单位 and 目标 read as their columns too). A table none of them matches is
 * kept as plan text by the caller.
 */
import type { TableBlock } from "../blocks";
import type { Recogniser } from "./context";
import type { Header } from "./grid";
import { projectTable } from "./projects";
import { rectificationList } from "./rectification";
import { breakdownTable } from "./breakdown";
import { indicatorTable, yearIndicatorTable } from "./indicators";

export const RECOGNISERS: readonly Recogniser[] = [projectTable, yearIndicatorTable, rectificationList, breakdownTable, indicatorTable];

export function recogniserFor(table: TableBlock): { recogniser: Recogniser; header: Header } | null {
  for (const recogniser of RECOGNISERS) {
    const header = recogniser.match(table);
    if (header) return { recogniser, header };
  }
  return null;
}

export type { Recogniser, TableContext, TableReading } from "./context";
export type { Header } from "./grid";
