/**
 * What a table recogniser is handed besides its rows, and what it returns.
 * A recogniser is chosen by its header (`match`) before the prose is parsed,
 * and reads the rows (`read`) after it, when the plan's years are known.
 */
import type { TableBlock } from "../blocks";
import type { Indicator, ParseWarning, PlanProject, PlanSection, PlanTask } from "../types";
import type { MarkLegend } from "../stage-marks";
import type { TargetContext } from "../targets";
import type { Header } from "./grid";

export interface TableContext {
  /** 1-based among all table blocks of the document. */
  table: number;
  /** Line of the table's first row in the document's text rendering (documentText). */
  firstLine: number;
  /** The short paragraph right above the table (“附件2 重点项目表”), if any. */
  caption: string | null;
  /** 附件N of the heading or paragraph right above the table. */
  annex: number | null;
  targets: TargetContext;
  /** What a month column's marks (●, ★) stand for. */
  legend: MarkLegend;
  planEndYear: number | null;
  warnings: ParseWarning[];
}

export type TableReading =
  | { kind: "tasks"; sections: PlanSection[]; loose: PlanTask[] }
  | { kind: "projects"; projects: PlanProject[] }
  | { kind: "indicators"; indicators: Indicator[] };

export interface Recogniser {
  name: string;
  match(table: TableBlock): Header | null;
  read(table: TableBlock, header: Header, ctx: TableContext): TableReading;
}

/** The text rendering of a row, as documentText writes it (stored as the task's source text). */
export function rowLine(table: TableBlock, index: number): string {
  return (table.rows[index]?.cells ?? []).map((c) => (c.text ?? "").replace(/\s*\n\s*/g, " ")).join("\t");
}

export function rowSource(table: TableBlock, index: number, ctx: TableContext): { table: number; row: number; page?: number } {
  const page = table.rows[index]?.page;
  return page === undefined ? { table: ctx.table, row: index + 1 } : { table: ctx.table, row: index + 1, page };
}
