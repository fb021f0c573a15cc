// A plan circulated as an Excel task list (任务分解表, 整改清单, 项目表): each
// visible worksheet becomes blocks of a plan document (sheet-blocks.ts), in
// workbook order. exceljs runs in the plan worker after the archive gate;
// what it reads is bounded by MAX_SHEET_CELLS, and the grids made from it by
// one GridBudget for the whole workbook. Hidden sheets, and hidden rows and
// columns that hold text, are skipped, and the user is told.
import type { WorkbookSheet } from "@/lib/files/parse-jobs";
import type { PlanDocument } from "@/lib/plans/parser/blocks";
import { PLAN_FILE_MESSAGES as M } from "../plan-file-messages";
import { sheetBlocks } from "./sheet-blocks";
import { cellText } from "./cell-text";
import { GridBudget, sheetGrid } from "./sheet-grid";

/** Hidden rows and columns that hold something: the others hide nothing worth a word. */
function hiddenContent(sheet: WorkbookSheet): string[] {
  const cols = new Set(sheet.hiddenCols ?? []);
  const rows = new Set(sheet.hiddenRows ?? []);
  const filled = sheet.rows.flatMap((r) => r.cells.filter((c) => cellText(c) !== "").map((c) => ({ row: r.row, col: c.col })));
  const hiddenRows = new Set(filled.filter((c) => rows.has(c.row)).map((c) => c.row)).size;
  const hiddenCols = new Set(filled.filter((c) => cols.has(c.col) && !rows.has(c.row)).map((c) => c.col)).size;
  return hiddenRows || hiddenCols ? [M.hiddenRowsCols(sheet.name, hiddenRows, hiddenCols)] : [];
}

export function workbookDocument(sheets: WorkbookSheet[]): PlanDocument {
  const hidden = sheets.flatMap((s) => (s.hidden ? [M.hiddenSheet(s.name)] : hiddenContent(s)));
  const budget = new GridBudget();
  const blocks = sheets.filter((s) => !s.hidden).flatMap((s) => sheetBlocks(s.name, sheetGrid(s, budget)));
  return { format: "xlsx", blocks, ...(hidden.length ? { notices: hidden } : {}) };
}
