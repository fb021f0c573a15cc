// The parse jobs an isolated worker can run (parse-worker.mjs implements
// them) and the plain data each one answers with. Adding a format means a
// job here and there; isolated.ts then bounds it like the others.

/** A cell as the worker sends it: no exceljs objects cross the thread boundary. */
export type PlainCellValue = string | number | boolean | Date | null;

export interface PlainCell {
  col: number;
  value: PlainCellValue;
  /**
   * Only for numbers (and, from "xlsx-sheets", dates): "0%" tells a percentage
   * typed as 85% (stored 0.85) from 0.85; yyyy"年"m"月" a month from a day.
   */
  numFmt?: string;
}

export interface PlainRow {
  row: number;
  cells: PlainCell[];
}

export interface PlainSheet {
  name: string;
  rows: PlainRow[];
}

/** A merged range, 1-based and inclusive. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** A worksheet as a document reader needs it: what a person sees, not only the values. */
export interface WorkbookSheet {
  name: string;
  /** Hidden (or very hidden) sheets come back without their cells: readers skip them and say so. */
  hidden: boolean;
  /** Non-empty cells, in row order; a position covered by a merge is not sent (see merges). */
  rows: PlainRow[];
  merges: CellRange[];
  /** Rows printed at the top of every page (页面设置 › 顶端标题行): the header, as its author marked it. */
  titleRows?: { first: number; last: number };
}

/**
 * Cells the worker sends back in all: a 5 000-row ledger has ~85 000. Past
 * this the rows would only be refused later, after costing the web process
 * their copy.
 */
export const MAX_SHEET_CELLS = 250_000;

export interface ParseJobs {
  /** A .docx's text, paragraphs separated by blank lines (mammoth's raw text). */
  "docx-text": string;
  /** Every worksheet's non-empty cells, in row order. */
  "xlsx-cells": PlainSheet[];
  /** Every worksheet with its merges, hidden state and number formats (plan documents). */
  "xlsx-sheets": WorkbookSheet[];
}

export type ParseJobName = keyof ParseJobs;

/** Which jobs read zip archives: those pass archive-limits.ts before a worker starts. */
export const ARCHIVE_JOBS: Record<ParseJobName, boolean> = {
  "docx-text": true,
  "xlsx-cells": true,
  "xlsx-sheets": true,
};
