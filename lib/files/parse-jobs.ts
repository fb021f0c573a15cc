// The parse jobs an isolated worker can run (parse-worker.mjs implements
// them) and the plain data each one answers with. Adding a format means a
// job here and there; isolated.ts then bounds it like the others.

/** A cell as the worker sends it: no exceljs objects cross the thread boundary. */
export type PlainCellValue = string | number | boolean | Date | null;

export interface PlainCell {
  col: number;
  value: PlainCellValue;
  /** Only for numbers: "0%" tells a percentage typed as 85% (stored 0.85) from 0.85. */
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
}

export type ParseJobName = keyof ParseJobs;

/** Which jobs read zip archives: those pass archive-limits.ts before a worker starts. */
export const ARCHIVE_JOBS: Record<ParseJobName, boolean> = {
  "docx-text": true,
  "xlsx-cells": true,
};
